namespace StudyBot.BotFramework.Tests;

/// <summary>
/// A fingerprint of everything the fake stores hold: row counts and the rows' hashes. The fakes store a fresh copy on every
/// write, so an equal fingerprint before and after a request means the request wrote nothing.
/// </summary>
internal static class StoreSnapshot
{
    public static string Of(FakeStores stores)
    {
        var t = stores.Tables;
        lock (t.Gate)
        {
            var hash = new HashCode();
            foreach (var row in t.Communities.Cast<object>().Concat(t.Channels).Concat(t.Members).Concat(t.Rounds).Concat(t.Answers).Concat(t.Quizzes).Concat(t.Digests))
            {
                hash.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(row));
                hash.Add(row);
            }

            return $"communities={t.Communities.Count} channels={t.Channels.Count} members={t.Members.Count} rounds={t.Rounds.Count} " +
                   $"answers={t.Answers.Count} quizzes={t.Quizzes.Count} digests={t.Digests.Count} rows#{hash.ToHashCode()}";
        }
    }
}
