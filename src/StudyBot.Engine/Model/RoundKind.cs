namespace StudyBot.Engine.Model;

public enum RoundKind
{
    /// <summary>A channel's question of the day.</summary>
    Daily = 1,

    /// <summary>One item of someone's personal quiz.</summary>
    Quiz = 2,
}
