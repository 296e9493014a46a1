using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace StudyBot.Engine.Questions;

/// <summary>
/// Reads a bank folder: the exam catalog (<c>exams.yaml</c>), the service changes (<c>services.yaml</c>, optional) and
/// every other <c>*.yaml</c> file as questions, checked against the bank's rules.
/// </summary>
public static partial class QuestionBankLoader
{
    public const int MaxPromptLength = 1000;
    public const int MaxChoiceLength = 200;
    public const int MaxItemLength = 200;

    internal static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private static readonly string[] NumberWords = ["zero", "one", "two", "three", "four", "five", "six"];

    /// <summary>Loads the bank, throwing <see cref="QuestionBankException"/> when any rule is broken.</summary>
    public static QuestionBank LoadOrThrow(string folder)
    {
        var (bank, errors) = Load(folder);
        return errors.Count > 0 ? throw new QuestionBankException(errors) : bank;
    }

    /// <summary>Loads what can be loaded and returns every rule that is broken.</summary>
    public static (QuestionBank Bank, IReadOnlyList<LintError> Errors) Load(string folder)
    {
        var errors = new List<LintError>();
        var questions = new List<Question>();
        if (!Directory.Exists(folder))
        {
            errors.Add(new LintError(folder, null, "path", "the question folder does not exist (set Questions:Path)"));
            return (new QuestionBank(questions, new ExamCatalog([])), errors);
        }

        var (catalog, catalogErrors) = ExamCatalogLoader.Load(folder);
        if (catalog is null)
        {
            return (new QuestionBank(questions, new ExamCatalog([])), catalogErrors);
        }

        var (services, serviceErrors) = ServiceStatusLoader.Load(folder);
        errors.AddRange(serviceErrors);

        var files = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.TopDirectoryOnly)
            .Concat(Directory.EnumerateFiles(folder, "*.yml", SearchOption.TopDirectoryOnly))
            .Where(f => Path.GetFileName(f) is not (ExamCatalogLoader.FileName or ServiceStatusLoader.FileName))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            errors.Add(new LintError(folder, null, "path", "the question folder holds no .yaml file"));
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var file = Path.GetFileName(path);
            QuestionFileDocument? document;
            try
            {
                document = Deserializer.Deserialize<QuestionFileDocument>(File.ReadAllText(path));
            }
            catch (YamlException ex)
            {
                errors.Add(new LintError(file, null, "yaml", $"line {ex.Start.Line}, column {ex.Start.Column}: {Innermost(ex).Message}"));
                continue;
            }

            if (document?.Questions is null || document.Questions.Count == 0)
            {
                errors.Add(new LintError(file, null, "questions", "the file has no questions"));
                continue;
            }

            var topic = string.IsNullOrWhiteSpace(document.Topic) ? Path.GetFileNameWithoutExtension(file) : document.Topic.Trim();
            foreach (var raw in document.Questions)
            {
                var question = Validate(file, topic, raw, catalog, errors);
                if (question is null)
                {
                    continue;
                }

                if (seen.TryGetValue(question.Id, out var otherFile))
                {
                    errors.Add(new LintError(file, question.Id, "id", $"duplicate id, already used in {otherFile}"));
                    continue;
                }

                seen[question.Id] = file;
                questions.Add(question);
            }
        }

        return (new QuestionBank(questions, catalog, services), errors);
    }

    internal static Exception Innermost(Exception ex) => ex.InnerException is null ? ex : Innermost(ex.InnerException);

    private static Question? Validate(string file, string topic, QuestionDocument raw, ExamCatalog catalog, List<LintError> errors)
    {
        var id = raw.Id?.Trim();
        var before = errors.Count;
        void Error(string field, string message) => errors.Add(new LintError(file, id, field, message));

        if (string.IsNullOrEmpty(id))
        {
            Error("id", "missing");
        }
        else if (!IdPattern().IsMatch(id))
        {
            Error("id", "must be a slug of lower-case letters, digits and dashes");
        }

        QuestionType? type = raw.Type?.Trim() switch
        {
            null or "" => null,
            "single" => QuestionType.Single,
            "multiple" => QuestionType.Multiple,
            "ordering" => QuestionType.Ordering,
            "matching" => QuestionType.Matching,
            _ => (QuestionType?)null,
        };
        if (raw.Type is null)
        {
            Error("type", "missing");
        }
        else if (type is null)
        {
            Error("type", $"'{raw.Type}' is not one of single, multiple, ordering, matching");
        }

        var difficulty = 0;
        if (raw.Difficulty is null)
        {
            Error("difficulty", "missing");
        }
        else if (!int.TryParse(raw.Difficulty, NumberStyles.None, CultureInfo.InvariantCulture, out difficulty) || difficulty is < 1 or > 3)
        {
            Error("difficulty", $"'{raw.Difficulty}' must be 1, 2 or 3");
        }

        var exams = ValidateExams(raw.Exams, catalog, Error);

        var prompt = raw.Prompt?.Trim();
        if (string.IsNullOrEmpty(prompt))
        {
            Error("prompt", "missing");
        }
        else if (prompt.Length > MaxPromptLength)
        {
            Error("prompt", $"{prompt.Length} characters; at most {MaxPromptLength}");
        }

        var choices = new Dictionary<string, string>(StringComparer.Ordinal);
        if (raw.Choices is null || raw.Choices.Count == 0)
        {
            Error("choices", "missing");
        }
        else
        {
            foreach (var (key, value) in raw.Choices)
            {
                var text = value?.Trim() ?? string.Empty;
                if (!ChoiceKeyPattern().IsMatch(key))
                {
                    Error($"choices.{key}", "a choice key is one capital letter A to F");
                }
                else if (text.Length == 0)
                {
                    Error($"choices.{key}", "empty choice");
                }
                else if (text.Length > MaxChoiceLength)
                {
                    Error($"choices.{key}", $"{text.Length} characters; at most {MaxChoiceLength}");
                }
                else if (CatchAllPattern().IsMatch(text))
                {
                    Error($"choices.{key}", "'all/none of the above' cannot be used: choices are shuffled");
                }

                choices[key] = text;
            }
        }

        var items = ValidateItems(type, raw.Items, Error);
        List<string>? answer;
        if (raw.Answer is null)
        {
            answer = null;
            Error("answer", "missing");
        }
        else if (type == QuestionType.Matching)
        {
            answer = ReadMatchingAnswer(raw.Answer, items, choices, Error);
        }
        else
        {
            answer = ReadAnswer(raw.Answer);
            if (answer is null)
            {
                Error("answer", "must be a key or a list of keys");
            }
            else if (type is { } t && choices.Count > 0)
            {
                ValidateShape(t, choices, answer, prompt, Error);
            }
        }

        var explanation = raw.Explanation?.Trim();
        if (string.IsNullOrEmpty(explanation))
        {
            Error("explanation", "missing");
        }

        var references = raw.References?.Select(r => r.Trim()).Where(r => r.Length > 0).ToList() ?? [];
        if (references.Count == 0)
        {
            Error("references", "missing: give at least one AWS documentation link");
        }
        else if (!references.Any(IsAwsLink))
        {
            Error("references", "at least one reference must be on docs.aws.amazon.com or aws.amazon.com");
        }

        var verified = default(DateOnly);
        if (string.IsNullOrWhiteSpace(raw.Verified))
        {
            Error("verified", "missing");
        }
        else if (!DateOnly.TryParseExact(raw.Verified.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out verified))
        {
            Error("verified", $"'{raw.Verified}' is not a date like 2026-11-25");
        }

        var seed = new List<int>();
        foreach (var s in raw.Seed ?? [])
        {
            if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 50)
            {
                seed.Add(n);
            }
            else
            {
                Error("seed", $"'{s}' is not a study-guide FAQ number 1 to 50");
            }
        }

        if (errors.Count > before || id is null || type is null || prompt is null || answer is null || explanation is null)
        {
            return null;
        }

        return new Question
        {
            Id = id,
            Topic = topic,
            File = file,
            Type = type.Value,
            Difficulty = difficulty,
            Exams = exams,
            Services = raw.Services?.Select(s => s.Trim()).ToList() ?? [],
            Prompt = prompt,
            Choices = choices,
            Items = items,
            Answer = answer,
            Explanation = explanation,
            References = references,
            Verified = verified,
            Seed = seed,
        };
    }

    private static List<ExamTag> ValidateExams(List<ExamTagDocument>? raw, ExamCatalog catalog, Action<string, string> error)
    {
        var tags = new List<ExamTag>();
        if (raw is null || raw.Count == 0)
        {
            error("exams", "missing: tag at least one exam and domain");
            return tags;
        }

        foreach (var tag in raw)
        {
            var exam = catalog.Find(tag.Exam);
            if (exam is null)
            {
                error("exams", $"'{tag.Exam}' is not an exam of the catalog ({string.Join(", ", catalog.All.Select(e => e.Code))})");
                continue;
            }

            if (!int.TryParse(tag.Domain, NumberStyles.None, CultureInfo.InvariantCulture, out var domain) || exam.FindDomain(domain) is null)
            {
                error("exams", $"{exam.Code} has no domain '{tag.Domain}' (1 to {exam.Domains.Count})");
                continue;
            }

            if (tag.Task is { } task && !task.StartsWith($"{domain}.", StringComparison.Ordinal))
            {
                error("exams", $"task '{task}' does not belong to {exam.Code} domain {domain}");
                continue;
            }

            tags.Add(new ExamTag(exam.Code, domain, tag.Task));
        }

        return tags;
    }

    private static void ValidateShape(QuestionType type, Dictionary<string, string> choices, List<string> answer, string? prompt, Action<string, string> error)
    {
        var unknown = answer.Where(a => !choices.ContainsKey(a)).ToList();
        if (unknown.Count > 0)
        {
            error("answer", $"'{string.Join(", ", unknown)}' is not a choice key");
            return;
        }

        if (answer.Distinct(StringComparer.Ordinal).Count() != answer.Count)
        {
            error("answer", "lists a key twice");
            return;
        }

        switch (type)
        {
            case QuestionType.Single:
                if (choices.Count is < 3 or > 5)
                {
                    error("choices", $"single needs 3 to 5 choices, has {choices.Count}");
                }

                if (answer.Count != 1)
                {
                    error("answer", "single takes exactly one key");
                }

                break;
            case QuestionType.Multiple:
                if (choices.Count is < 4 or > 6)
                {
                    error("choices", $"multiple needs 4 to 6 choices, has {choices.Count}");
                }

                if (answer.Count is < 2 or > 3)
                {
                    error("answer", "multiple takes 2 or 3 keys");
                }
                else if (prompt is not null && !SaysHowMany(prompt, answer.Count))
                {
                    error("prompt", $"a multiple question must say how many to pick ({NumberWords[answer.Count]})");
                }

                break;
            case QuestionType.Ordering:
                if (choices.Count is < 3 or > 5)
                {
                    error("choices", $"ordering needs 3 to 5 choices, has {choices.Count}");
                }

                if (answer.Count != choices.Count)
                {
                    error("answer", "ordering lists every key exactly once");
                }

                break;
        }
    }

    private static Dictionary<string, string> ValidateItems(QuestionType? type, Dictionary<string, string>? raw, Action<string, string> error)
    {
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        if (type != QuestionType.Matching)
        {
            if (raw is { Count: > 0 })
            {
                error("items", "only matching questions have items");
            }

            return items;
        }

        if (raw is null || raw.Count == 0)
        {
            error("items", "missing: a matching question lists 3 to 5 items keyed 1, 2, 3 ...");
            return items;
        }

        if (raw.Count is < 3 or > 5)
        {
            error("items", $"matching needs 3 to 5 items, has {raw.Count}");
        }

        var expected = 1;
        foreach (var (key, value) in raw.OrderBy(kv => int.TryParse(kv.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue))
        {
            var text = value?.Trim() ?? string.Empty;
            if (key != expected.ToString(CultureInfo.InvariantCulture))
            {
                error($"items.{key}", $"item keys are 1, 2, 3 ... in order; expected {expected}");
            }
            else if (text.Length == 0)
            {
                error($"items.{key}", "empty item");
            }
            else if (text.Length > MaxItemLength)
            {
                error($"items.{key}", $"{text.Length} characters; at most {MaxItemLength}");
            }

            items[key] = text;
            expected++;
        }

        return items;
    }

    /// <summary>Reads <c>{ 1: B, 2: A, 3: D }</c> into the choice key of each item, in item order.</summary>
    private static List<string>? ReadMatchingAnswer(object raw, Dictionary<string, string> items, Dictionary<string, string> choices, Action<string, string> error)
    {
        if (raw is not IDictionary<object, object> map)
        {
            error("answer", "a matching answer maps each item to a choice key, e.g. { 1: B, 2: A, 3: D }");
            return null;
        }

        if (choices.Count is < 3 or > 6)
        {
            error("choices", $"matching needs 3 to 6 choices, has {choices.Count}");
        }

        var pairs = map.ToDictionary(kv => kv.Key.ToString()?.Trim() ?? string.Empty, kv => kv.Value?.ToString()?.Trim() ?? string.Empty, StringComparer.Ordinal);
        var failed = false;
        void Error(string message)
        {
            error("answer", message);
            failed = true;
        }

        if (pairs.Keys.FirstOrDefault(k => !items.ContainsKey(k)) is { } stray)
        {
            Error($"item '{stray}' is not one of the items ({string.Join(", ", items.Keys)})");
        }

        if (items.Keys.FirstOrDefault(k => !pairs.ContainsKey(k)) is { } unmatched)
        {
            Error($"item {unmatched} has no choice: map every item to one choice key");
        }

        if (pairs.Values.FirstOrDefault(v => !choices.ContainsKey(v)) is { } unknown)
        {
            Error($"'{unknown}' is not a choice key");
        }

        if (pairs.Values.GroupBy(v => v, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            Error($"choice {twice.Key} is matched to {twice.Count()} items; each choice fits at most one item");
        }

        return failed || items.Count == 0 ? null : items.Keys.Select(k => pairs[k]).ToList();
    }

    private static bool SaysHowMany(string prompt, int count) =>
        Regex.IsMatch(prompt, $@"\b({NumberWords[count]}|{count})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static List<string>? ReadAnswer(object? raw) => raw switch
    {
        string s when s.Trim().Length > 0 => [s.Trim()],
        IEnumerable<object> list => list.Select(o => o?.ToString()?.Trim() ?? string.Empty).ToList() is var keys && keys.All(k => k.Length > 0) ? keys : null,
        _ => null,
    };

    private static bool IsAwsLink(string reference) =>
        Uri.TryCreate(reference, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && (uri.Host == "aws.amazon.com" || uri.Host == "docs.aws.amazon.com");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-F]$")]
    private static partial Regex ChoiceKeyPattern();

    [GeneratedRegex(@"\b(all|none|both|neither) of the (above|below|others|options)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CatchAllPattern();
}
