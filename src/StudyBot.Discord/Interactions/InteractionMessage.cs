namespace StudyBot.Discord.Interactions;

/// <summary>The message a component sits on.</summary>
public sealed record InteractionMessage(string? Id, int? Flags)
{
    public bool IsEphemeral => ((Flags ?? 0) & MessageFlags.Ephemeral) != 0;
}
