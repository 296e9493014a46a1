namespace StudyBot.Engine.Setup;

/// <summary>Where the bot was installed, and whether that place hears from it for the first time (and so gets a welcome).</summary>
public sealed record Installation(Channel Channel, bool FirstTime);
