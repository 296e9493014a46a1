using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;

namespace StudyBot.Engine.Review;

/// <summary>
/// A review deck as a file. JSON keeps everything (each card's state, stability, difficulty, due and last review in ISO
/// 8601 UTC, reps, lapses and its review log), so importing it reproduces the schedule; CSV is for Anki (front, back, due).
/// </summary>
public static class DeckFile
{
    public const string Format = "studybot-review-deck";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string ToJson(ReviewDeck deck) => JsonSerializer.Serialize(
        new DeckDocument(Format, 1, $"{deck.Platform.ToString().ToLowerInvariant()}:{deck.MemberId}", Utc(deck.ExportedAt), [.. deck.Cards.Select(c => new CardDocument(
            c.QuestionId, c.Memory.State, c.Memory.Stability, c.Memory.Difficulty, Utc(c.Memory.Due), c.Memory.LastReview is { } last ? Utc(last) : null,
            c.Memory.ScheduledDays, c.Memory.Reps, c.Memory.Lapses, [.. c.Reviews.Select(r => new ReviewDocument(Utc(r.At), r.Rating, r.ElapsedDays, r.Source))]))]),
        Json);

    /// <summary>The deck in a JSON file; null with the reason when it is not one this format reads.</summary>
    public static (ReviewDeck? Deck, string? Problem) FromJson(string text)
    {
        DeckDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<DeckDocument>(text, Json);
        }
        catch (JsonException ex)
        {
            return (null, $"not a review deck ({ex.Message})");
        }

        if (document is not { Format: Format, Version: 1, Cards: not null } || !TryMember(document.Member, out var platform, out var id))
        {
            return (null, $"not a {Format} file of version 1 with a member like discord:<id>");
        }

        var cards = new List<ReviewDeckCard>();
        foreach (var c in document.Cards)
        {
            if (c is null || string.IsNullOrWhiteSpace(c.QuestionId) || c.Reviews is null)
            {
                return (null, "a card has no question id or no reviews");
            }

            if (!Enum.IsDefined(c.State) || c.Reviews.Any(r => r is null || !Enum.IsDefined(r.Rating) || !Enum.IsDefined(r.Source)))
            {
                return (null, $"card {c.QuestionId} has a state, rating or source this format does not know");
            }

            cards.Add(new ReviewDeckCard(c.QuestionId, new ReviewCard(c.State, c.Stability, c.Difficulty, c.Due, c.LastReview, c.ScheduledDays, c.Reps, c.Lapses),
                [.. c.Reviews.Select(r => new ReviewEvent(0, c.QuestionId, r!.At, r.Rating, r.ElapsedDays, r.Source))]));
        }

        return (new ReviewDeck(platform, id, document.ExportedAt, cards), null);
    }

    /// <summary>Anki's columns: the question and its choices, the answer with the explanation, the due date (UTC); then the question id.</summary>
    public static string ToCsv(ReviewDeck deck, QuestionBank bank)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(writer, null, leaveOpen: true))
        {
            csv.WriteRecord("front", "back", "due", "question_id");
            foreach (var card in deck.Cards)
            {
                var question = bank.Find(card.QuestionId);
                csv.WriteRecord(
                    question is null ? card.QuestionId : Front(question),
                    question is null ? string.Empty : Back(question),
                    card.Memory.Due.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    card.QuestionId);
            }

            csv.Flush();
        }

        return writer.ToString();
    }

    /// <summary>Reads <c>discord:&lt;id&gt;</c>, <c>teams:&lt;id&gt;</c> or <c>terminal:&lt;user&gt;</c>.</summary>
    public static bool TryMember(string? text, out Platform platform, out string id)
    {
        platform = default;
        id = string.Empty;
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (text is null || colon <= 0 || colon == text.Length - 1
            || !Enum.TryParse(text[..colon], ignoreCase: true, out platform) || !Enum.IsDefined(platform))
        {
            return false;
        }

        id = text[(colon + 1)..];
        return true;
    }

    private static string Front(Question question) =>
        question.Prompt + "\n" + string.Join("\n", question.Choices.Select(c => $"{c.Key}. {c.Value}"));

    private static string Back(Question question) => $"Answer: {string.Join(", ", question.Answer)}\n{question.Explanation}";

    private static DateTimeOffset Utc(DateTimeOffset instant) => instant.ToUniversalTime();

    private sealed record DeckDocument(string Format, int Version, string Member, DateTimeOffset ExportedAt, IReadOnlyList<CardDocument?>? Cards);

    private sealed record CardDocument(
        string QuestionId, ReviewCardState State, double Stability, double Difficulty, DateTimeOffset Due, DateTimeOffset? LastReview,
        int ScheduledDays, int Reps, int Lapses, IReadOnlyList<ReviewDocument?>? Reviews);

    private sealed record ReviewDocument(DateTimeOffset At, ReviewRating Rating, int ElapsedDays, ReviewSource Source);
}
