using Microsoft.Extensions.Logging;

namespace StudyBot.Engine.Flags;

/// <summary>What the start-up step did.</summary>
public sealed record VersionSweep(int NewVersions, int RoundsFilled, int Regrades, int Skipped);

/// <summary>
/// At start-up, after the migrations: keeps each question version of the bank (its key, so a later bank can tell a key
/// change from a reworded prompt), gives rounds from before versions were kept the bank's current one, and when the bank
/// now has a corrected key for a version that rounds were asked in, re-grades those rounds' answers once per community
/// (a unique once-key records each re-grade, so restarts and other hosts skip it).
/// </summary>
public sealed class QuestionVersionService(IFlagStore flags, QuestionBank bank, RegradeService regrades, TimeProvider time, ILogger<QuestionVersionService> logger)
{
    public async Task<VersionSweep> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var current = bank.All.ToDictionary(q => q.Id, QuestionVersions.Of, StringComparer.Ordinal);
        var added = await flags.RecordVersionsAsync(
            bank.All.Select(q => new QuestionVersionRecord(current[q.Id], q.Id, q.Answer, q.Choices.Keys.Order(StringComparer.Ordinal).ToList(), now)).ToList(),
            cancellationToken);

        var used = await flags.ListRoundVersionsAsync(cancellationToken);
        var filled = 0;
        foreach (var questionId in used.Where(u => u.Version.Length == 0).Select(u => u.QuestionId).Distinct())
        {
            if (current.TryGetValue(questionId, out var version))
            {
                filled += await flags.FillRoundVersionsAsync(questionId, version, cancellationToken);
            }
        }

        var known = (await flags.ListVersionsAsync(cancellationToken)).ToDictionary(v => v.Version, StringComparer.Ordinal);
        int regraded = 0, skipped = 0;
        foreach (var (questionId, version) in used.Where(u => u.Version.Length > 0).Distinct())
        {
            if (bank.Find(questionId) is not { } question || current[questionId] == version)
            {
                continue;
            }

            if (!known.TryGetValue(version, out var old) || old.QuestionId != questionId)
            {
                logger.LogWarning("Rounds of {QuestionId} were asked in version {Version}, which was never recorded; they are not re-graded", questionId, version);
                skipped++;
                continue;
            }

            if (SameKey(question, old.Answer))
            {
                continue;
            }

            if (!old.ChoiceKeys.ToHashSet(StringComparer.Ordinal).SetEquals(question.Choices.Keys))
            {
                logger.LogWarning("The bank changed the key of {QuestionId} and its choices ({Old} → {New}); answers of version {Version} cannot be re-graded by key", questionId,
                    string.Join(",", old.ChoiceKeys), string.Join(",", question.Choices.Keys.Order(StringComparer.Ordinal)), version);
                skipped++;
                continue;
            }

            var answers = await flags.ListVersionAnswersAsync(questionId, version, cancellationToken);
            foreach (var community in answers.Select(a => a.CommunityId).Distinct())
            {
                var onceKey = OnceKey(questionId, version, current[questionId], community);
                if (await flags.HasOnceKeyAsync(onceKey, cancellationToken))
                {
                    continue;
                }

                var outcome = await regrades.RegradeAsync(community, question, version, FlagAction.BankKey, question.Answer,
                    $"The bank corrected the key from {string.Join(", ", old.Answer)} to {string.Join(", ", question.Answer)}.", null, onceKey, cancellationToken);
                if (outcome.Write == RegradeWrite.Applied)
                {
                    regraded++;
                    logger.LogInformation("Start-up re-grade of {QuestionId} {Old} → {New} in community {CommunityId}: {Gained} members gained, {Lost} lost",
                        questionId, version, current[questionId], community, outcome.Gained.Count, outcome.Lost.Count);
                }
            }
        }

        var sweep = new VersionSweep(added, filled, regraded, skipped);
        logger.LogInformation("Question versions: {New} new, {Filled} rounds given a version, {Regrades} re-grades applied, {Skipped} skipped", added, filled, regraded, skipped);
        return sweep;
    }

    /// <summary>The key of a once-only bank re-grade: the question, both versions and the community.</summary>
    public static string OnceKey(string questionId, string from, string to, long? communityId) =>
        $"bank:{questionId}:{from}>{to}:{communityId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";

    private static bool SameKey(Question question, IReadOnlyList<string> old) =>
        question.Type is QuestionType.Ordering or QuestionType.Matching
            ? old.SequenceEqual(question.Answer, StringComparer.Ordinal)
            : old.ToHashSet(StringComparer.Ordinal).SetEquals(question.Answer);
}
