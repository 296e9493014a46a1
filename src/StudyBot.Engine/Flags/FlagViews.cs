namespace StudyBot.Engine.Flags;

/// <summary>The reports on one version of a question, for its community's admins.</summary>
/// <param name="Key">The key as the bank has it, with the author's labels (the ones <c>answer:</c> takes).</param>
/// <param name="Reporters">The reporters' names; members hidden from boards are only counted in <paramref name="PrivateReporters"/>.</param>
/// <param name="Texts">What the reporters wrote (in the flags show view; empty in the list).</param>
public sealed record FlagQuestionView(
    string QuestionId,
    string Version,
    bool CurrentVersion,
    string Prompt,
    IReadOnlyList<ChoiceView> Choices,
    string Key,
    int Reports,
    IReadOnlyList<FlagReasonCount> Reasons,
    IReadOnlyList<string> Reporters,
    int PrivateReporters,
    IReadOnlyList<FlagTextView> Texts);

public sealed record FlagReasonCount(FlagReason Reason, string Word, int Count);

/// <summary>One report's words; <paramref name="Reporter"/> is null for a member hidden from boards.</summary>
public sealed record FlagTextView(FlagReason Reason, string Text, string? Reporter, DateTimeOffset At);

/// <summary>A decision taken before on the question in this community.</summary>
public sealed record FlagResolutionView(string Version, FlagAction Action, string Answer, string Note, int Gained, int Lost, DateTimeOffset At);

/// <summary><c>flags</c>: the open reports of the community, the most reported question first.</summary>
public sealed record FlagsResult(IReadOnlyList<FlagQuestionView> Questions, int OpenReports) : CommandResult(Audience.Private);

/// <summary><c>flags show</c>: one question's open reports with their texts, and what was decided before.</summary>
public sealed record FlagDetailResult(FlagQuestionView? Open, string QuestionId, IReadOnlyList<FlagResolutionView> History) : CommandResult(Audience.Private);

/// <summary>One line of the maintainers' export: a question version with its reports.</summary>
public sealed record FlagExportRow(string QuestionId, string Version, bool CurrentVersion, int Reports, int Open, IReadOnlyList<FlagReasonCount> Reasons, IReadOnlyList<string> Texts);

/// <summary>What a report form offers: the reasons to pick from and how long the text may be (the adapters build their form from it).</summary>
public static class FlagForm
{
    public static IReadOnlyList<(string Word, string Label)> Reasons { get; } = [.. FlagReasons.All.Select(r => (r.Word, r.Label))];

    public const int MaxTextLength = QuestionFlag.MaxTextLength;

    public const string Title = "Report a problem";

    public const string TextLabel = "What is wrong? (optional)";
}
