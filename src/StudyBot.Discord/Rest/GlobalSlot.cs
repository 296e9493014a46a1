namespace StudyBot.Discord.Rest;

/// <summary>One request's place in the global limit; it frees a window after its response arrived.</summary>
public sealed class GlobalSlot
{
    internal DateTimeOffset? CompletedAt { get; set; }
}
