namespace StudyBot.Engine.Boards;

public enum BoardScope
{
    /// <summary>The channel the board is asked for in.</summary>
    Channel,

    /// <summary>The whole Discord server or Teams team.</summary>
    Community,
}
