namespace StudyBot.BotFramework.Activities;

/// <summary>A body read at the edge: the activity (if one could be read) and what is wrong with it, if anything.</summary>
public sealed record ActivityReading(Activity? Activity, string? Problem)
{
    /// <summary>An activity that may go to a handler: read, and within every rule.</summary>
    public bool Valid => Activity is not null && Problem is null;
}
