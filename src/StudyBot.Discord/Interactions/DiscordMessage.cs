namespace StudyBot.Discord.Interactions;

/// <summary>A message body for channel posts, edits, interaction callbacks and webhooks.</summary>
public sealed record DiscordMessage
{
    public const int MaxContentLength = 2000;

    /// <summary>Discord refuses a message with more action rows than this.</summary>
    public const int MaxRows = 5;

    public string? Content { get; init; }

    public int? Flags { get; init; }

    public IReadOnlyList<DiscordComponent>? Components { get; init; }

    public IReadOnlyList<DiscordEmbed>? Embeds { get; init; }

    public IReadOnlyList<DiscordAttachment>? Attachments { get; init; }

    /// <summary>Always set: the bot never pings anyone.</summary>
    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    /// <summary>Makes the message a reply (the reveal answers its question).</summary>
    public MessageReference? MessageReference { get; init; }

    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }

    public static string Fit(string text) => text.Length <= MaxContentLength ? text : string.Concat(text.AsSpan(0, MaxContentLength - 1), "…");
}
