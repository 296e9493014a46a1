namespace StudyBot.Engine.Presentation;

/// <summary>Who may see a result: the engine decides, the adapter delivers accordingly.</summary>
public enum Audience
{
    /// <summary>Only the member who asked (Discord: ephemeral; Teams: personal chat or their view of a card).</summary>
    Private,

    /// <summary>Everyone in the place it was asked in.</summary>
    Place,
}
