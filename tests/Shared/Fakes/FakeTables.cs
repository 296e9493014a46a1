namespace StudyBot.Tests.Shared.Fakes;

/// <summary>
/// The rows behind the fakes, shared so that, as in the database, an answer sees its round's state and a board its
/// members. Every fake takes the one lock, stores copies and hands out copies (records with their lists copied), so a
/// caller that changes what it got back changes nothing here: a forgotten save fails in a test as it would in production.
/// </summary>
public sealed class FakeTables(TimeProvider? time = null)
{
    private long _nextId = 1;

    public TimeProvider Time { get; } = time ?? TimeProvider.System;

    internal object Gate { get; } = new();

    internal List<Community> Communities { get; } = [];

    internal List<Channel> Channels { get; } = [];

    internal List<Member> Members { get; } = [];

    internal List<Round> Rounds { get; } = [];

    internal List<Answer> Answers { get; } = [];

    internal List<Quiz> Quizzes { get; } = [];

    internal List<DigestClaim> Digests { get; } = [];

    internal int RoundReads { get; set; }

    /// <summary>One sequence over all tables: an id of the wrong kind then finds nothing instead of a neighbour.</summary>
    internal long NextId() => _nextId++;

    internal T Locked<T>(Func<T> action)
    {
        lock (Gate)
        {
            return action();
        }
    }

    internal Task<T> LockedAsync<T>(Func<T> action) => Task.FromResult(Locked(action));

    internal Task LockedAsync(Action action)
    {
        lock (Gate)
        {
            action();
        }

        return Task.CompletedTask;
    }

    internal static Community Copy(Community c) => c with { Admins = new HashSet<string>(c.Admins, StringComparer.Ordinal) };

    internal static Channel Copy(Channel c) => c with { };

    internal static Member Copy(Member m) => m with { };

    internal static Round Copy(Round r) => r with { };

    internal static Answer Copy(Answer a) => a with { Keys = [.. a.Keys] };

    internal static Quiz Copy(Quiz q) => q with { QuestionIds = [.. q.QuestionIds] };

    internal static DigestClaim Copy(DigestClaim d) => d with { };

    /// <summary>Replaces the row at <paramref name="index"/> and returns a copy of what was stored.</summary>
    internal static T Replace<T>(List<T> rows, int index, T row, Func<T, T> copy)
    {
        rows[index] = copy(row);
        return copy(row);
    }
}
