using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using StudyBot.Data.Providers;

namespace StudyBot.Bench.Review;

/// <summary>Writes the <see cref="Deck"/> into a freshly migrated database and checks what landed.</summary>
internal static class Seeder
{
    public static async Task<TimeSpan> SeedAsync(ISeedWriter writer, StudyBotDbContextFactory contexts, Deck deck, Action<string> progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await writer.WriteMembersAsync(deck.Members, deck.Now.AddYears(-1), cancellationToken);
        await writer.WriteSettingsAsync(
            Enumerable.Range(0, deck.Members).Select(m => (Deck.MemberId(m), deck.SettingsOf(m))).Where(s => s.Item2 is not null).Select(s => (s.Item1, s.Item2!)),
            cancellationToken);

        // The (MemberId, Due) index is built once after the load, from the migration's own statement; the primary key stays
        // and is filled in key order.
        var indexes = await writer.DropIndexesAsync("review_cards", cancellationToken);
        var tenth = Math.Max(1, deck.Members / 10);
        await writer.WriteCardsAsync(Cards(deck, m =>
        {
            if (m > 0 && m % tenth == 0)
            {
                progress($"{(long)m * deck.CardsPerMember:N0} cards in {clock.Elapsed.TotalSeconds:0} s");
            }
        }), cancellationToken);
        var loaded = clock.Elapsed;
        foreach (var sql in indexes)
        {
            await writer.ExecuteAsync(sql, cancellationToken);
        }

        progress($"cards loaded in {loaded.TotalSeconds:0.0} s, index rebuilt in {(clock.Elapsed - loaded).TotalSeconds:0.0} s");

        await using var db = contexts.CreateDbContext();
        var members = await db.Members.MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;
        var cards = await db.ReviewCards.LongCountAsync(cancellationToken);
        if (members != deck.Members || cards != deck.TotalCards)
        {
            throw new InvalidOperationException($"Seeding: expected member ids up to {deck.Members} and {deck.TotalCards} cards, found {members} and {cards}; the database was not empty.");
        }

        return clock.Elapsed;
    }

    private static IEnumerable<(long MemberId, SeedCard Card)> Cards(Deck deck, Action<int> memberDone)
    {
        for (var m = 0; m < deck.Members; m++)
        {
            memberDone(m);
            var id = Deck.MemberId(m);
            foreach (var card in deck.CardsOf(m))
            {
                yield return (id, card);
            }
        }
    }
}
