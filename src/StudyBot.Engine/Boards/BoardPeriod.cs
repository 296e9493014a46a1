namespace StudyBot.Engine.Boards;

public enum BoardPeriod
{
    Week,
    Month,
    AllTime,
}
