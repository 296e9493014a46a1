using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Rendering;

/// <summary>The file a result carries, sent as the message's attachment (multipart <c>files[0]</c>); none for most results.</summary>
public static class DiscordFiles
{
    public static DiscordFile? Of(CommandResult result) => result switch
    {
        DeckFileResult deck => new DiscordFile(deck.FileName, deck.ContentType, deck.Content),
        _ => null,
    };
}
