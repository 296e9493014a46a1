namespace StudyBot.Engine.Flags;

/// <summary>How reports on a question were resolved.</summary>
public enum FlagAction
{
    /// <summary>The question stands as it is; the reports are closed with a note.</summary>
    Keep = 1,

    /// <summary>The key was wrong: the answers of that version are graded again with the right one.</summary>
    FixKey = 2,

    /// <summary>The question does not count: its points are removed and it is no longer drawn there.</summary>
    Void = 3,

    /// <summary>The bank itself now has a corrected key; applied once at start-up to the rounds of the old version.</summary>
    BankKey = 4,
}
