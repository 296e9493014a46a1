using Microsoft.Extensions.Logging;

namespace StudyBot.Engine.Flags;

/// <summary>
/// Reports of problems with questions: any member reports a question they were asked (once per version of it), the
/// community's admins see the open reports and resolve them — keep the question, fix its key (re-grading the answers), or
/// void it (removing its points and drawing it no more there) — and the bank's maintainers export them.
/// </summary>
public sealed class FlagService(
    IFlagStore flags,
    IRoundStore rounds,
    ActorResolver actors,
    QuestionBank bank,
    RegradeService regrades,
    TimeProvider time,
    ILogger<FlagService> logger)
{
    public const int MaxNoteLength = 500;

    /// <summary>A member's report on the question of a round; a second report of the same version thanks again and stores nothing.</summary>
    public async Task<Notice> ReportAsync(Actor actor, long roundId, string? reason, string? text, CancellationToken cancellationToken)
    {
        if (!FlagReasons.TryParse(reason, out var why))
        {
            return Notice.Invalid($"Pick what is wrong: {Vocabulary.Join(FlagReasons.All.Select(r => r.Word).ToList())}.");
        }

        var words = (text ?? string.Empty).Trim();
        if (words.Length > QuestionFlag.MaxTextLength)
        {
            return Notice.Invalid($"Please keep the report to {QuestionFlag.MaxTextLength} characters (it has {words.Length}).");
        }

        var round = await rounds.FindRoundAsync(roundId, cancellationToken);
        if (round is null || bank.Find(round.QuestionId) is not { } question)
        {
            return Notice.NotFound("I can't find that question any more, so I can't take a report on it.");
        }

        var context = await actors.ResolveAsync(actor, cancellationToken);
        var flag = new QuestionFlag
        {
            MemberId = context.Member.Id,
            CommunityId = round.CommunityId ?? context.Community?.Id,
            QuestionId = question.Id,
            QuestionVersion = round.QuestionVersion ?? QuestionVersions.Of(question),
            Reason = why,
            Text = words,
            CreatedAt = time.GetUtcNow(),
        };
        if (!await flags.TryAddFlagAsync(flag, cancellationToken))
        {
            return Notice.Info("Thanks again — you already reported this question, and your first report is with the admins.");
        }

        logger.LogInformation("Member {MemberId} reported {QuestionId} version {Version}: {Reason}", flag.MemberId, flag.QuestionId, flag.QuestionVersion, FlagReasons.Word(why));
        return Notice.Done("Thanks for the report — the admins will look at this question. If the key was wrong, scores are corrected for everyone.");
    }

    /// <summary><c>flags</c>: the community's open reports, per question (admins only).</summary>
    public async Task<CommandResult> ListAsync(ActorContext context, CancellationToken cancellationToken)
    {
        if (Refuse(context) is { } refusal)
        {
            return new NoticeResult(refusal);
        }

        var open = await flags.ListFlagsAsync(context.Community!.Id, true, cancellationToken);
        var questions = open
            .GroupBy(f => (f.Flag.QuestionId, f.Flag.QuestionVersion))
            .Select(g => View(g.Key.QuestionId, g.Key.QuestionVersion, g.ToList(), withTexts: false))
            .OfType<FlagQuestionView>()
            .OrderByDescending(v => v.Reports)
            .ThenBy(v => v.QuestionId, StringComparer.Ordinal)
            .ToList();
        return new FlagsResult(questions, open.Count);
    }

    /// <summary><c>flags show id:</c>: one question's open reports with what the reporters wrote, and earlier decisions.</summary>
    public async Task<CommandResult> ShowAsync(ActorContext context, string? questionId, CancellationToken cancellationToken)
    {
        if (Refuse(context) is { } refusal)
        {
            return new NoticeResult(refusal);
        }

        if (FindQuestion(questionId) is not { } question)
        {
            return new NoticeResult(UnknownQuestion(questionId));
        }

        var open = (await flags.ListFlagsAsync(context.Community!.Id, true, cancellationToken)).Where(f => f.Flag.QuestionId == question.Id).ToList();
        var current = QuestionVersions.Of(question);
        var version = open.Select(f => f.Flag.QuestionVersion).FirstOrDefault(v => v == current) ?? open.Select(f => f.Flag.QuestionVersion).FirstOrDefault() ?? current;
        var view = View(question.Id, version, open.Where(f => f.Flag.QuestionVersion == version).ToList(), withTexts: true)
            ?? View(question.Id, current, [], withTexts: true);
        var history = (await flags.ListResolutionsAsync(context.Community.Id, question.Id, cancellationToken))
            .Select(r => new FlagResolutionView(r.QuestionVersion, r.Action, string.Join(", ", r.Answer), r.Note, r.Gained, r.Lost, r.ResolvedAt))
            .ToList();
        return new FlagDetailResult(view, question.Id, history);
    }

    /// <summary>
    /// <c>flags resolve id: action: [answer:] [note:]</c>: decides the question's open reports in the admin's community (the
    /// versions reported, or the bank's current one when none is open), re-grading its answers there for fix-key and void.
    /// </summary>
    public async Task<Notice> ResolveAsync(ActorContext context, string? questionId, string? actionWord, string? answerLabels, string? note, CancellationToken cancellationToken)
    {
        if (Refuse(context) is { } refusal)
        {
            return refusal;
        }

        if (FindQuestion(questionId) is not { } question)
        {
            return UnknownQuestion(questionId);
        }

        if (!TryAction(actionWord, out var action))
        {
            return Notice.Invalid("action is keep, fix-key or void.");
        }

        var words = (note ?? string.Empty).Trim();
        if (words.Length > MaxNoteLength)
        {
            return Notice.Invalid($"Please keep the note to {MaxNoteLength} characters.");
        }

        IReadOnlyList<string> answer = [];
        if (action == FlagAction.FixKey)
        {
            var (keys, problem) = CheckAnswer(question, answerLabels);
            if (problem is not null)
            {
                return Notice.Invalid(problem);
            }

            answer = keys;
        }
        else if (!string.IsNullOrWhiteSpace(answerLabels))
        {
            return Notice.Invalid("answer goes with fix-key only.");
        }

        var community = context.Community!.Id;
        var open = (await flags.ListFlagsAsync(community, true, cancellationToken)).Where(f => f.Flag.QuestionId == question.Id).ToList();
        var versions = open.Select(f => f.Flag.QuestionVersion).Distinct().ToList();
        if (versions.Count == 0)
        {
            versions.Add(QuestionVersions.Of(question));
        }

        int changedGained = 0, changedLost = 0;
        foreach (var version in versions)
        {
            var outcome = await regrades.RegradeAsync(community, question, version, action, answer, words, context.Member.Id, null, cancellationToken);
            changedGained += outcome.Gained.Count;
            changedLost += outcome.Lost.Count;
        }

        var reports = open.Count == 1 ? "1 report" : $"{open.Count} reports";
        return action switch
        {
            FlagAction.Keep => Notice.Done($"Kept {question.Id} as it is; {reports} closed."),
            FlagAction.Void => Notice.Done($"Voided {question.Id} here: its points are removed ({Figures(changedGained, changedLost)}) and it is no longer drawn in this server/team; {reports} closed."),
            _ => Notice.Done($"Fixed the key of {question.Id} to {string.Join(", ", answer)} here and re-graded its answers: {Figures(changedGained, changedLost)}; {reports} closed. " +
                "It is not drawn here again until the bank has a new version of it; ask the bank's maintainers to fix the YAML (questions flags export)."),
        };
    }

    /// <summary>The questions a community no longer draws: voided there, or with a fixed key, in the bank's current version.</summary>
    public async Task<IReadOnlySet<string>> ExcludedAsync(long? communityId, CancellationToken cancellationToken)
    {
        if (communityId is null)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var resolutions = await flags.ListResolutionsAsync(communityId, null, cancellationToken);
        return resolutions
            .Where(r => r.Action is FlagAction.FixKey or FlagAction.Void && bank.Find(r.QuestionId) is { } q && QuestionVersions.Of(q) == r.QuestionVersion)
            .Select(r => r.QuestionId)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every reported question version with its reasons and texts, for the bank's maintainers (no names).</summary>
    public async Task<IReadOnlyList<FlagExportRow>> ExportAsync(bool openOnly, CancellationToken cancellationToken)
    {
        var all = await flags.ListAllFlagsAsync(openOnly, cancellationToken);
        return all
            .GroupBy(f => (f.QuestionId, f.QuestionVersion))
            .Select(g => new FlagExportRow(
                g.Key.QuestionId,
                g.Key.QuestionVersion,
                bank.Find(g.Key.QuestionId) is { } q && QuestionVersions.Of(q) == g.Key.QuestionVersion,
                g.Count(),
                g.Count(f => f.ResolvedAt is null),
                Reasons(g.Select(f => f.Reason)),
                g.Select(f => f.Text).Where(t => t.Length > 0).ToList()))
            .OrderBy(r => r.QuestionId, StringComparer.Ordinal)
            .ThenBy(r => r.Version, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Reads an admin's <c>answer:</c> in the author's labels (as <c>flags show</c> lists them), checked against the question's type.</summary>
    public static (IReadOnlyList<string> Keys, string? Problem) CheckAnswer(Question question, string? labels)
    {
        var keys = Grader.ParseLabels(labels);
        if (keys.Count == 0)
        {
            return ([], "fix-key needs the right answer, in the labels the reports of the question list, e.g. B or A,C.");
        }

        var unknown = keys.Where(k => !question.Choices.ContainsKey(k)).ToList();
        if (unknown.Count > 0)
        {
            return ([], $"{string.Join(", ", unknown)} is not a choice of {question.Id} (it has {string.Join(", ", question.Choices.Keys.Order(StringComparer.Ordinal))}).");
        }

        if (keys.Distinct(StringComparer.Ordinal).Count() != keys.Count && question.Type != QuestionType.Matching)
        {
            return ([], "Give each choice once.");
        }

        var problem = question.Type switch
        {
            QuestionType.Single when keys.Count != 1 => "A single-choice question has one key.",
            QuestionType.Multiple when keys.Count < 2 || keys.Count >= question.Choices.Count => "A multiple-choice question has two or more keys, not all of them.",
            QuestionType.Ordering when keys.Count != question.Choices.Count => $"Give all {question.Choices.Count} choices in the right order.",
            QuestionType.Matching when keys.Count != question.Items.Count => $"Give one choice per item, {question.Items.Count} in item order.",
            _ => null,
        };
        if (problem is not null)
        {
            return ([], problem);
        }

        return (question.Type == QuestionType.Multiple ? keys.Order(StringComparer.Ordinal).ToList() : keys, null);
    }

    public static bool TryAction(string? word, out FlagAction action)
    {
        switch ((word ?? string.Empty).Trim().ToLowerInvariant())
        {
            case "keep":
                action = FlagAction.Keep;
                return true;
            case "fix-key" or "fix" or "fixkey":
                action = FlagAction.FixKey;
                return true;
            case "void":
                action = FlagAction.Void;
                return true;
            default:
                action = default;
                return false;
        }
    }

    private static string Figures(int gained, int lost) =>
        $"{(gained == 1 ? "1 member" : $"{gained} members")} gained points, {(lost == 1 ? "1" : lost.ToString(System.Globalization.CultureInfo.InvariantCulture))} lost points";

    private static Notice? Refuse(ActorContext context)
    {
        if (context.Community is null || context.PlaceKind != PlaceKind.Channel)
        {
            return Notice.Info("Reports are triaged per server or team: ask in one of its channels.");
        }

        return context.MayAdminister ? null : new Notice(NoticeKind.AdminsOnly, Text.Of("Only admins can see and resolve reports about questions."));
    }

    private Question? FindQuestion(string? id) => string.IsNullOrWhiteSpace(id) ? null : bank.Find(id.Trim());

    private static Notice UnknownQuestion(string? id) =>
        Notice.NotFound($"There is no question '{CommandParser.Clip(id ?? string.Empty)}' in the bank; ", CommandRef.Of(CommandNames.Flags), " lists the reported ones.");

    private FlagQuestionView? View(string questionId, string version, IReadOnlyList<(QuestionFlag Flag, Member Member)> reports, bool withTexts)
    {
        if (bank.Find(questionId) is not { } question)
        {
            return null;
        }

        var visible = reports.Where(r => !r.Member.HiddenFromBoards).Select(r => r.Member).DistinctBy(m => m.Id).ToList();
        return new FlagQuestionView(
            question.Id,
            version,
            QuestionVersions.Of(question) == version,
            question.Prompt,
            question.Choices.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new ChoiceView(c.Key, c.Value)).ToList(),
            string.Join(question.Type == QuestionType.Ordering ? " → " : ", ", question.Answer),
            reports.Count,
            Reasons(reports.Select(r => r.Flag.Reason)),
            visible.Select(m => m.DisplayName).ToList(),
            reports.Select(r => r.Member).DistinctBy(m => m.Id).Count(m => m.HiddenFromBoards),
            withTexts
                ? reports.Select(r => new FlagTextView(r.Flag.Reason, r.Flag.Text, r.Member.HiddenFromBoards ? null : r.Member.DisplayName, r.Flag.CreatedAt)).ToList()
                : []);
    }

    private static IReadOnlyList<FlagReasonCount> Reasons(IEnumerable<FlagReason> reasons) => reasons
        .GroupBy(r => r)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key)
        .Select(g => new FlagReasonCount(g.Key, FlagReasons.Word(g.Key), g.Count()))
        .ToList();
}
