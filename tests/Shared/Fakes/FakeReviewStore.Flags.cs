namespace StudyBot.Tests.Shared.Fakes;

/// <summary>What the fake flag store needs of the decks for a re-grade: read a card's log, and check and rewrite a card at once.</summary>
public sealed partial class FakeReviewStore
{
    internal IReadOnlyList<ReviewEvent> CardReviews(IReadOnlyCollection<long> memberIds, string questionId)
    {
        lock (_gate)
        {
            return [.. _reviews.Where(r => memberIds.Contains(r.MemberId) && r.QuestionId == questionId).OrderBy(r => r.At)];
        }
    }

    /// <summary>Whether every card is as the re-grade read it (its reps, none when 0).</summary>
    internal bool CardsAsRead(IReadOnlyList<CardRewrite> rewrites)
    {
        lock (_gate)
        {
            return rewrites.All(w => (_cards.GetValueOrDefault((w.MemberId, w.QuestionId))?.Memory.Reps ?? 0) == w.ExpectedReps
                && (w.ExpectedReps != 0 || !_cards.ContainsKey((w.MemberId, w.QuestionId))));
        }
    }

    internal void Rewrite(IReadOnlyList<CardRewrite> rewrites)
    {
        lock (_gate)
        {
            foreach (var w in rewrites)
            {
                _reviews.RemoveAll(r => r.MemberId == w.MemberId && r.QuestionId == w.QuestionId);
                _reviews.AddRange(w.Reviews);
                if (w.Card is { } card)
                {
                    _cards[(w.MemberId, w.QuestionId)] = new DeckCard(w.MemberId, w.QuestionId, card);
                }
                else
                {
                    _cards.Remove((w.MemberId, w.QuestionId));
                }
            }
        }
    }
}
