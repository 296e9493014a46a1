using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace StudyBot.Engine.Questions;

/// <summary>Reads and checks <c>exams.yaml</c>, the exam catalog that sits beside the question files.</summary>
public static partial class ExamCatalogLoader
{
    public const string FileName = "exams.yaml";

    /// <summary>The names a guide uses for its question types; a catalog may list only these.</summary>
    public static readonly IReadOnlyList<string> KnownTypes = ["multiple-choice", "multiple-response", "ordering", "matching", "case-study"];

    /// <summary>Loads the catalog from a bank folder; null with errors naming file, exam and field when it cannot be used.</summary>
    public static (ExamCatalog? Catalog, IReadOnlyList<LintError> Errors) Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return (null, [new LintError(FileName, null, "path", $"the exam catalog is missing: {folder} must hold {FileName}")]);
        }

        ExamCatalogDocument? document;
        try
        {
            document = QuestionBankLoader.Deserializer.Deserialize<ExamCatalogDocument>(File.ReadAllText(path));
        }
        catch (YamlException ex)
        {
            return (null, [new LintError(FileName, null, "yaml", $"line {ex.Start.Line}, column {ex.Start.Column}: {QuestionBankLoader.Innermost(ex).Message}")]);
        }

        var errors = new List<LintError>();
        if (document?.Exams is null || document.Exams.Count == 0)
        {
            errors.Add(new LintError(FileName, null, "exams", "the catalog lists no exam"));
            return (null, errors);
        }

        var exams = new List<Exam>();
        foreach (var raw in document.Exams)
        {
            var exam = Validate(raw, errors);
            if (exam is null)
            {
                continue;
            }

            if (exams.Any(e => string.Equals(e.Code, exam.Code, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add(new LintError(FileName, exam.Code, "code", "listed twice"));
                continue;
            }

            exams.Add(exam);
        }

        if (errors.Count == 0 && exams.All(e => !e.IsActive))
        {
            errors.Add(new LintError(FileName, null, "status", "no exam is active"));
        }

        return errors.Count > 0 ? (null, errors) : (new ExamCatalog(exams), errors);
    }

    private static Exam? Validate(ExamDocument raw, List<LintError> errors)
    {
        var code = raw.Code?.Trim();
        var before = errors.Count;
        void Error(string field, string message) => errors.Add(new LintError(FileName, code, field, message));

        if (string.IsNullOrEmpty(code))
        {
            Error("code", "missing");
        }
        else if (!CodePattern().IsMatch(code))
        {
            Error("code", $"'{code}' is not an exam code like AIF-C01");
        }

        var name = raw.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            Error("name", "missing");
        }

        var level = ParseEnum<ExamLevel>(raw.Level, "level", Error);
        var status = ParseEnum<ExamStatus>(raw.Status, "status", Error);

        DateOnly? retiredOn = null;
        if (!string.IsNullOrWhiteSpace(raw.Retired))
        {
            if (DateOnly.TryParseExact(raw.Retired.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                retiredOn = date;
            }
            else
            {
                Error("retired", $"'{raw.Retired}' is not a date like 2026-03-31");
            }
        }

        if (status == ExamStatus.Retired && retiredOn is null && string.IsNullOrWhiteSpace(raw.Retired))
        {
            Error("retired", "a retired exam needs the date it was retired");
        }
        else if (status == ExamStatus.Active && !string.IsNullOrWhiteSpace(raw.Retired))
        {
            Error("retired", "an active exam has no retired date; set status: retired or remove the date");
        }

        var scored = ParseInt(raw.ScoredQuestions, "scored_questions", 1, 500, Error);
        var unscored = ParseInt(raw.UnscoredQuestions, "unscored_questions", 0, 500, Error);
        var minutes = ParseInt(raw.Minutes, "minutes", 1, 600, Error);
        var passMark = ParseInt(raw.PassingScore, "passing_score", 100, 1000, Error);

        var types = raw.QuestionTypes?.Select(t => t.Trim()).ToList() ?? [];
        if (types.Count == 0)
        {
            Error("question_types", "missing: list the question types the guide uses");
        }
        else if (types.FirstOrDefault(t => !KnownTypes.Contains(t)) is { } unknown)
        {
            Error("question_types", $"'{unknown}' is not one of {string.Join(", ", KnownTypes)}");
        }
        else if (types.Distinct(StringComparer.Ordinal).Count() != types.Count)
        {
            Error("question_types", "lists a type twice");
        }

        var domains = ValidateDomains(raw.Domains, Error);

        if (errors.Count > before || code is null || name is null || level is null || status is null)
        {
            return null;
        }

        return new Exam
        {
            Code = code,
            Name = name,
            Level = level.Value,
            Status = status.Value,
            RetiredOn = retiredOn,
            ScoredQuestions = scored,
            UnscoredQuestions = unscored,
            Minutes = minutes,
            PassMark = passMark,
            Types = types,
            Domains = domains,
        };
    }

    private static List<ExamDomain> ValidateDomains(List<ExamDomainDocument>? raw, Action<string, string> error)
    {
        var domains = new List<ExamDomain>();
        if (raw is null || raw.Count == 0)
        {
            error("domains", "missing: list the guide's domains with their weights");
            return domains;
        }

        for (var i = 0; i < raw.Count; i++)
        {
            var field = $"domains[{i + 1}]";
            var d = raw[i];
            var failed = false;
            void Error(string message)
            {
                error(field, message);
                failed = true;
            }

            if (!int.TryParse(d.Number, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number != i + 1)
            {
                Error($"number '{d.Number}' must be {i + 1}: domains are numbered 1, 2, 3 ... in order");
            }

            var name = d.Name?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                Error("name missing");
            }

            if (!int.TryParse(d.Weight, NumberStyles.None, CultureInfo.InvariantCulture, out var weight) || weight is < 1 or > 100)
            {
                Error($"weight '{d.Weight}' must be a percentage 1 to 100");
            }

            if (!failed)
            {
                domains.Add(new ExamDomain(number, name!, weight));
            }
        }

        if (domains.Count == raw.Count && domains.Sum(d => d.WeightPercent) is var total && total != 100)
        {
            error("domains", $"weights add up to {total}%, not 100%");
        }

        return domains;
    }

    private static int ParseInt(string? raw, string field, int min, int max, Action<string, string> error)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            error(field, "missing");
            return 0;
        }

        if (!int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            error(field, $"'{raw}' must be a whole number {min} to {max}");
            return 0;
        }

        return value;
    }

    private static T? ParseEnum<T>(string? raw, string field, Action<string, string> error)
        where T : struct, Enum
    {
        var names = Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToList();
        if (string.IsNullOrWhiteSpace(raw))
        {
            error(field, $"missing: one of {string.Join(", ", names)}");
            return null;
        }

        if (names.Contains(raw.Trim()) && Enum.TryParse<T>(raw.Trim(), ignoreCase: true, out var value))
        {
            return value;
        }

        error(field, $"'{raw}' is not one of {string.Join(", ", names)}");
        return null;
    }

    [GeneratedRegex("^[A-Z]{3}-[A-Z][0-9]{2}$")]
    private static partial Regex CodePattern();
}
