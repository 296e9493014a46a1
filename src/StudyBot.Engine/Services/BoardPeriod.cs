namespace StudyBot.Engine.Services;

public enum BoardPeriod
{
    Week,
    Month,
    AllTime,
}
