using System.Text.Json;

namespace StudyBot.Discord.Interactions;

/// <summary>Reads an interaction from (already verified) raw bytes; null when the JSON is malformed or not an interaction.</summary>
public static class InteractionParser
{
    public static Interaction? Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            var interaction = JsonSerializer.Deserialize<Interaction>(body, DiscordJson.Options);
            return interaction is { Type: > 0 } ? interaction : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
