using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace StudyBot.Host.Cli;

/// <summary>What an import made: the drafts, and for each thing that could not be mapped a line saying what and why.</summary>
internal sealed record ImportResult(IReadOnlyList<QuestionDraft> Drafts, IReadOnlyList<string> Unmapped);

/// <summary>
/// Turns other quiz formats into drafts of the bank's format (docs/question-import.md):
/// <list type="bullet">
/// <item><c>red</c>: a Red-DiscordBot trivia list, YAML <c>question: [answer, other accepted spellings]</c> (AUTHOR and CONFIG
/// are skipped). Trivia has no wrong choices: the key is the first answer, and the distractors are borrowed from other
/// questions' answers in the list, which the import reports for review.</item>
/// <item><c>opentdb</c>: Open Trivia DB JSON (<c>results[]</c> with type, difficulty, question, correct_answer,
/// incorrect_answers), HTML entities decoded; true/false questions are not mapped (a single question has 3 to 5 choices).</item>
/// <item><c>csv</c>: the bank's own CSV (<see cref="QuestionCsv"/>), as <c>questions export --to csv</c> writes it.</item>
/// <item><c>cloudcertprep</c>: no published schema was found, so this reads the JSON shape described in
/// docs/question-import.md: an array (or <c>questions</c>) of objects with questionId, question, optional subQuestion,
/// answers (an object keyed a, b, c… or an array), correctAnswer (keys or 0-based indexes), explanation, references and
/// difficulty (easy, intermediate or medium, hard).</item>
/// </list>
/// </summary>
internal static class QuestionImport
{
    public static readonly string[] Formats = ["red", "opentdb", "csv", "cloudcertprep"];

    public static ImportResult Read(string format, string text, string sourceName) => format switch
    {
        "red" => Red(text, sourceName),
        "opentdb" => OpenTdb(text, sourceName),
        "csv" => Csv(text),
        "cloudcertprep" => CloudCertPrep(text, sourceName),
        _ => throw new ArgumentException($"Unknown format '{format}'.", nameof(format)),
    };

    /// <summary>A slug for ids and file names: lower-case letters, digits and single hyphens.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var s = slug.ToString().Trim('-');
        return s.Length == 0 ? "imported" : s.Length > 40 ? s[..40].TrimEnd('-') : s;
    }

    private static string Id(string source, string name, int n) => $"{source}-{Slug(name)}-{n.ToString("000", CultureInfo.InvariantCulture)}";

    private static ImportResult Red(string text, string name)
    {
        var unmapped = new List<string>();
        Dictionary<object, object?>? list;
        try
        {
            list = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object?>>(text);
        }
        catch (YamlException ex)
        {
            return new ImportResult([], [$"{name}: not a trivia list (YAML line {ex.Start.Line}: {ex.Message})"]);
        }

        var entries = new List<(string Question, List<string> Answers)>();
        foreach (var (key, value) in list ?? [])
        {
            var question = Convert.ToString(key, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty;
            if (question is "AUTHOR" or "CONFIG")
            {
                continue;
            }

            var answers = value switch
            {
                IEnumerable<object> items => items.Select(i => Convert.ToString(i, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty).Where(a => a.Length > 0).ToList(),
                null => [],
                _ => [Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty],
            };
            if (question.Length == 0 || answers.Count == 0)
            {
                unmapped.Add($"'{Clip(question)}': no answer given");
                continue;
            }

            entries.Add((question, answers));
        }

        var drafts = new List<QuestionDraft>();
        for (var i = 0; i < entries.Count; i++)
        {
            var (question, answers) = entries[i];
            var key = answers[0];
            var borrowed = Enumerable.Range(1, entries.Count - 1)
                .Select(k => entries[(i + k) % entries.Count].Answers[0])
                .Where(a => !a.Equals(key, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Take(3)
                .ToList();
            var id = Id("red", name, drafts.Count + 1);
            unmapped.Add(borrowed.Count < 2
                ? $"{id}: too few other answers in the list to borrow distractors from; write 2 to 4 wrong choices"
                : $"{id}: trivia has no wrong choices; the {borrowed.Count} distractors are other questions' answers: replace them with plausible ones");
            if (answers.Count > 1)
            {
                unmapped.Add($"{id}: other accepted spellings dropped ({string.Join(", ", answers.Skip(1).Select(a => Clip(a)))})");
            }

            drafts.Add(Draft(id, question, [key, .. borrowed], [0], string.Empty, [], 2));
        }

        return new ImportResult(drafts, unmapped);
    }

    private static ImportResult OpenTdb(string text, string name)
    {
        var unmapped = new List<string>();
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(text).RootElement;
        }
        catch (JsonException ex)
        {
            return new ImportResult([], [$"{name}: not JSON ({ex.Message})"]);
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
        {
            return new ImportResult([], [$"{name}: no results array (an Open Trivia DB response has one)"]);
        }

        if (root.TryGetProperty("response_code", out var code) && code.ValueKind == JsonValueKind.Number && code.GetInt32() != 0)
        {
            unmapped.Add($"{name}: response_code is {code.GetInt32()}, not 0 (the API did not return questions)");
        }

        var drafts = new List<QuestionDraft>();
        var n = 0;
        foreach (var item in results.EnumerateArray())
        {
            n++;
            var type = Str(item, "type");
            var question = WebUtility.HtmlDecode(Str(item, "question"));
            var correct = WebUtility.HtmlDecode(Str(item, "correct_answer"));
            var incorrect = item.TryGetProperty("incorrect_answers", out var wrong) && wrong.ValueKind == JsonValueKind.Array
                ? wrong.EnumerateArray().Select(w => WebUtility.HtmlDecode(w.GetString() ?? string.Empty)).Where(w => w.Length > 0).ToList()
                : [];
            if (type == "boolean")
            {
                unmapped.Add($"result {n} ('{Clip(question)}'): true/false is not mapped; the bank's single questions have 3 to 5 choices");
                continue;
            }

            if (question.Length == 0 || correct.Length == 0 || incorrect.Count == 0)
            {
                unmapped.Add($"result {n}: question, correct_answer or incorrect_answers missing");
                continue;
            }

            var id = Id("opentdb", name, drafts.Count + 1);
            if (Str(item, "category") is { Length: > 0 } category)
            {
                unmapped.Add($"{id}: category '{Clip(category)}' has no place in the bank; tag the exam and domain instead");
            }

            // The key goes wherever alphabetical order puts it: no file of imports with every key at A.
            var choices = incorrect.Append(correct).Distinct(StringComparer.Ordinal).Order(StringComparer.OrdinalIgnoreCase).ToList();
            drafts.Add(Draft(id, question, choices, [choices.IndexOf(correct)], string.Empty, [], Difficulty(Str(item, "difficulty"))));
        }

        return new ImportResult(drafts, unmapped);
    }

    private static ImportResult Csv(string text)
    {
        var rows = QuestionCsv.Read(text);
        if (rows.Count == 0 || !rows[0].Select(h => h.Trim()).SequenceEqual(QuestionCsv.Columns, StringComparer.OrdinalIgnoreCase))
        {
            return new ImportResult([], [$"the first row must be the header: {string.Join(',', QuestionCsv.Columns)}"]);
        }

        var drafts = new List<QuestionDraft>();
        var unmapped = new List<string>();
        foreach (var (row, line) in rows.Skip(1).Select((r, i) => (r, i + 2)))
        {
            if (row.Count != QuestionCsv.Columns.Length)
            {
                unmapped.Add($"row {line}: {row.Count} fields, not {QuestionCsv.Columns.Length}");
                continue;
            }

            string F(string column) => row[Array.IndexOf(QuestionCsv.Columns, column)].Trim();
            var choices = Grader.Labels.Select(l => (Key: l.ToString(), Text: F(l.ToString()))).Where(c => c.Text.Length > 0).ToList();
            var exams = new List<(string, int?, string?)>();
            foreach (var tag in Split(F("exams")))
            {
                var parts = tag.Split(':');
                int? domain = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : null;
                if (parts.Length > 1 && domain is null)
                {
                    unmapped.Add($"row {line}: exam tag '{tag}' has no domain number");
                }

                exams.Add((parts[0], domain, parts.Length > 2 ? parts[2] : null));
            }

            drafts.Add(new QuestionDraft
            {
                Id = F("id").Length > 0 ? F("id") : $"csv-row-{line}",
                Type = F("type").ToLowerInvariant() is { Length: > 0 } t ? t : "single",
                Difficulty = int.TryParse(F("difficulty"), NumberStyles.None, CultureInfo.InvariantCulture, out var diff) ? diff : 2,
                Exams = exams,
                Services = Split(F("services")),
                Prompt = F("prompt"),
                Choices = choices,
                Answer = Split(F("answer")).Select(a => a.ToUpperInvariant()).ToList(),
                Explanation = F("explanation"),
                References = Split(F("references")),
                Verified = F("verified") is { Length: > 0 } v ? v : null,
            });
        }

        return new ImportResult(drafts, unmapped);
    }

    private static ImportResult CloudCertPrep(string text, string name)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(text).RootElement;
        }
        catch (JsonException ex)
        {
            return new ImportResult([], [$"{name}: not JSON ({ex.Message})"]);
        }

        var items = root.ValueKind == JsonValueKind.Array ? root
            : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("questions", out var q) && q.ValueKind == JsonValueKind.Array ? q
            : default;
        if (items.ValueKind != JsonValueKind.Array)
        {
            return new ImportResult([], [$"{name}: expected an array of questions (or an object with questions)"]);
        }

        var drafts = new List<QuestionDraft>();
        var unmapped = new List<string>();
        var n = 0;
        foreach (var item in items.EnumerateArray())
        {
            n++;
            var label = Str(item, "questionId") is { Length: > 0 } given ? given : $"question {n}";
            var prompt = string.Join(" ", new[] { Str(item, "question"), Str(item, "subQuestion") }.Where(s => s.Length > 0));
            var keys = new List<string>();
            var texts = new List<string>();
            if (item.TryGetProperty("answers", out var answers) && answers.ValueKind == JsonValueKind.Object)
            {
                foreach (var a in answers.EnumerateObject().OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase))
                {
                    keys.Add(a.Name.ToLowerInvariant());
                    texts.Add(a.Value.GetString() ?? string.Empty);
                }
            }
            else if (item.TryGetProperty("answers", out answers) && answers.ValueKind == JsonValueKind.Array)
            {
                texts.AddRange(answers.EnumerateArray().Select(a => a.GetString() ?? string.Empty));
                keys.AddRange(texts.Select((_, i) => i.ToString(CultureInfo.InvariantCulture)));
            }

            var correct = new List<int>();
            if (item.TryGetProperty("correctAnswer", out var c))
            {
                foreach (var v in c.ValueKind == JsonValueKind.Array ? c.EnumerateArray().ToList() : [c])
                {
                    var index = v.ValueKind == JsonValueKind.Number ? v.GetInt32() : keys.IndexOf((v.GetString() ?? string.Empty).ToLowerInvariant());
                    if (index >= 0 && index < texts.Count)
                    {
                        correct.Add(index);
                    }
                }
            }

            if (prompt.Length == 0 || texts.Count == 0 || correct.Count == 0)
            {
                unmapped.Add($"{label}: question, answers or correctAnswer missing or not matching");
                continue;
            }

            if (texts.Count > Grader.Labels.Length)
            {
                unmapped.Add($"{label}: {texts.Count} answers; the bank takes at most {Grader.Labels.Length}");
                continue;
            }

            var id = Id("ccp", name, drafts.Count + 1);
            if (Str(item, "domain") is { Length: > 0 } domain)
            {
                unmapped.Add($"{id} ({label}): domain '{Clip(domain)}' is no exam guide domain; tag it with --exam and --domain or by hand");
            }

            var references = item.TryGetProperty("references", out var refs) && refs.ValueKind == JsonValueKind.Array
                ? refs.EnumerateArray().Select(r => r.GetString() ?? string.Empty).Where(r => r.Length > 0).ToList()
                : [];
            drafts.Add(Draft(id, prompt, texts, correct.Distinct().Order().ToList(), Str(item, "explanation"), references, Difficulty(Str(item, "difficulty"))));
        }

        return new ImportResult(drafts, unmapped);
    }

    private static QuestionDraft Draft(string id, string prompt, IReadOnlyList<string> choices, IReadOnlyList<int> correct, string explanation, IReadOnlyList<string> references, int difficulty) => new()
    {
        Id = id,
        Type = correct.Count > 1 ? "multiple" : "single",
        Difficulty = difficulty,
        Prompt = prompt.Trim(),
        Choices = [.. choices.Select((text, i) => (Grader.LabelAt(i), text.Trim()))],
        Answer = [.. correct.Select(Grader.LabelAt)],
        Explanation = explanation.Trim(),
        References = references,
    };

    private static int Difficulty(string word) => word.ToLowerInvariant() switch
    {
        "easy" => 1,
        "hard" => 3,
        _ => 2,
    };

    private static string Str(JsonElement item, string property) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? string.Empty : string.Empty;

    private static List<string> Split(string list) => [.. list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string Clip(string text) => text.Length <= 50 ? text : text[..50] + "…";
}
