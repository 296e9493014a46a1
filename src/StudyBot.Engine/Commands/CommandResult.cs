namespace StudyBot.Engine.Commands;

/// <summary>What a command produced, for the adapter to render; the engine says who may see it.</summary>
public abstract record CommandResult(Audience Audience);

public sealed record NoticeResult(Notice Notice) : CommandResult(Audience.Private);

/// <summary>A quiz's first question; <paramref name="Intro"/> says what it is when it is not a plain quiz (a review session: what is due).</summary>
public sealed record QuizStartedResult(long QuizId, RoundView First, Text? Intro = null) : CommandResult(Audience.Private);

/// <summary><c>daily</c>: the open question, or the last one's reveal, or that there is none yet.</summary>
public sealed record DailyResult(RoundView? Open, RevealView? Closed, Text? None) : CommandResult(Audience.Private);

public sealed record BoardResult(LeaderboardView Board) : CommandResult(Audience.Place);

public sealed record StatsResult(StatsView Stats) : CommandResult(Audience.Private);

/// <summary>
/// <c>setup</c> with nothing more: the settings form for an admin, prefilled with the channel's settings and
/// <paramref name="Zone"/> (the channel's, or its team's before it is set up). It is shown in the channel it sets up, as it
/// is filled in there (saved anywhere else it would set up another place); it shows only settings anyone may read with
/// <c>setup status</c>, and saving it is still refused to non-admins.
/// </summary>
public sealed record SetupFormResult(Channel Channel, ExamCatalog Exams, string Zone) : CommandResult(Audience.Place);

public sealed record HelpResult(HelpView Help) : CommandResult(Audience.Private);
