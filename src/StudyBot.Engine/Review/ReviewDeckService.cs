namespace StudyBot.Engine.Review;

/// <summary>A member's deck as data, to move between installs (and into Anki): every card with its review log.</summary>
public sealed record ReviewDeck(Platform Platform, string MemberId, DateTimeOffset ExportedAt, IReadOnlyList<ReviewDeckCard> Cards);

public sealed record ReviewDeckCard(string QuestionId, ReviewCard Memory, IReadOnlyList<ReviewEvent> Reviews);

/// <summary>What an import did: cards added, cards skipped (the member had them already), and problems by question id.</summary>
public sealed record ReviewImportResult(int Added, int Skipped, IReadOnlyList<string> Problems);

/// <summary>Export and import of review decks (CLI verbs); an import checks each card against its own review log.</summary>
public sealed class ReviewDeckService(IReviewStore store, ReviewService reviews, IMemberStore members, QuestionBank bank, TimeProvider time)
{
    public async Task<ReviewDeck?> ExportAsync(Platform platform, string externalId, CancellationToken cancellationToken)
    {
        var member = await members.FindMemberAsync(platform, externalId, cancellationToken);
        if (member is null)
        {
            return null;
        }

        await reviews.SyncAsync(member.Id, cancellationToken);
        var deck = await store.ListDeckAsync(member.Id, cancellationToken);
        return new ReviewDeck(platform, externalId, time.GetUtcNow(), [.. deck.Select(d => new ReviewDeckCard(d.Card.QuestionId, d.Card.Memory, d.Reviews))]);
    }

    /// <summary>
    /// <c>review export</c> in the chat: the asking member's own deck as a file (never anyone else's: there is no member to
    /// name), the same JSON or CSV the CLI writes. Private; a notice when there is nothing to export yet.
    /// </summary>
    public async Task<CommandResult> ExportFileAsync(ActorContext context, string format, CancellationToken cancellationToken)
    {
        var member = context.Member;
        var deck = await ExportAsync(member.Platform, member.ExternalId, cancellationToken);
        if (deck is null || deck.Cards.Count == 0)
        {
            return new NoticeResult(Notice.Info("Your deck is empty: every question you answer (the question of the day, quizzes) adds a card, and then you can export it."));
        }

        var csv = format == "csv";
        var content = System.Text.Encoding.UTF8.GetBytes(csv ? DeckFile.ToCsv(deck, bank) : DeckFile.ToJson(deck));
        var name = $"studybot-deck-{deck.ExportedAt.UtcDateTime:yyyy-MM-dd}.{(csv ? "csv" : "json")}";
        var cards = deck.Cards.Count == 1 ? "1 card" : $"{deck.Cards.Count} cards";
        return new DeckFileResult(name, csv ? "text/csv" : "application/json", content, csv
            ? Text.Of($"Your deck, {cards}, as CSV for Anki (front, back, due).")
            : Text.Of($"Your deck, {cards} with their schedules and reviews. Import it on another StudyBot with the CLI: review import FILE."));
    }

    /// <summary>
    /// Adds the deck's cards to the member (registered if new). A card is refused when its question is not in this bank or
    /// when replaying its review log does not give its stored schedule (a file edited by hand); a card the member already
    /// has is skipped, not overwritten.
    /// </summary>
    public async Task<ReviewImportResult> ImportAsync(Platform platform, string externalId, ReviewDeck deck, CancellationToken cancellationToken)
    {
        var member = await members.EnsureMemberAsync(platform, externalId, string.Empty, cancellationToken);
        var settings = await store.GetSettingsAsync(member.Id, cancellationToken);
        var scheduler = new FsrsScheduler(settings.Retention);
        int added = 0, skipped = 0;
        var problems = new List<string>();
        foreach (var card in deck.Cards)
        {
            if (bank.Find(card.QuestionId) is null)
            {
                problems.Add($"{card.QuestionId}: not a question of this bank");
                continue;
            }

            if (Replay(scheduler, card) is { } mismatch)
            {
                problems.Add($"{card.QuestionId}: {mismatch}");
                continue;
            }

            var reviews = card.Reviews.Select(r => r with { MemberId = member.Id, QuestionId = card.QuestionId }).ToList();
            if (await store.TryImportCardAsync(new DeckCard(member.Id, card.QuestionId, card.Memory), reviews, cancellationToken))
            {
                added++;
            }
            else
            {
                skipped++;
            }
        }

        return new ReviewImportResult(added, skipped, problems);
    }

    /// <summary>Why the card's stored memory is not what its reviews give (stability and difficulty to 1e-4, reps and lapses exactly); null when it is.</summary>
    private static string? Replay(FsrsScheduler scheduler, ReviewDeckCard card)
    {
        if (card.Reviews.Count == 0)
        {
            return "it has no reviews";
        }

        if (card.Reviews.Zip(card.Reviews.Skip(1)).Any(pair => pair.Second.At < pair.First.At))
        {
            return "its reviews are out of order";
        }

        var memory = scheduler.Replay(card.Reviews);
        var stored = card.Memory;
        return Math.Abs(memory.Stability - stored.Stability) > 1e-4 || Math.Abs(memory.Difficulty - stored.Difficulty) > 1e-4
            || memory.Reps != stored.Reps || memory.Lapses != stored.Lapses || memory.LastReview != stored.LastReview
            ? "its stability, difficulty or counts do not follow from its reviews"
            : null;
    }
}
