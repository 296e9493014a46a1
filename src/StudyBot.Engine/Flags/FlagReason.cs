namespace StudyBot.Engine.Flags;

/// <summary>Why a member reports a question.</summary>
public enum FlagReason
{
    WrongAnswer = 1,
    Outdated = 2,
    Unclear = 3,
    Typo = 4,
    Other = 5,
}

public static class FlagReasons
{
    /// <summary>The reasons with the word a member picks (and types) and how it is labelled.</summary>
    public static IReadOnlyList<(FlagReason Reason, string Word, string Label)> All { get; } =
    [
        (FlagReason.WrongAnswer, "wrong-answer", "The answer is wrong"),
        (FlagReason.Outdated, "outdated", "It is out of date"),
        (FlagReason.Unclear, "unclear", "It is unclear"),
        (FlagReason.Typo, "typo", "There is a typo"),
        (FlagReason.Other, "other", "Something else"),
    ];

    public static string Word(FlagReason reason) => All.First(r => r.Reason == reason).Word;

    public static bool TryParse(string? word, out FlagReason reason)
    {
        var normalized = (word ?? string.Empty).Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        foreach (var r in All)
        {
            if (r.Word == normalized || (r.Reason == FlagReason.WrongAnswer && normalized is "wrong" or "wronganswer" or "key"))
            {
                reason = r.Reason;
                return true;
            }
        }

        reason = default;
        return false;
    }
}
