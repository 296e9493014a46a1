using System.Globalization;
using YamlDotNet.Core;

namespace StudyBot.Engine.Questions;

/// <summary>Reads <c>services.yaml</c> beside the question files; a bank without one simply has no service to warn about.</summary>
public static class ServiceStatusLoader
{
    public const string FileName = "services.yaml";

    private static readonly Dictionary<string, ServiceChange> Changes = new(StringComparer.Ordinal)
    {
        ["renamed"] = ServiceChange.Renamed,
        ["retired"] = ServiceChange.Retired,
        ["closed-to-new-customers"] = ServiceChange.ClosedToNewCustomers,
    };

    public static (IReadOnlyList<ServiceStatus> Services, IReadOnlyList<LintError> Errors) Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return ([], []);
        }

        ServiceStatusFileDocument? document;
        try
        {
            document = QuestionBankLoader.Deserializer.Deserialize<ServiceStatusFileDocument>(File.ReadAllText(path));
        }
        catch (YamlException ex)
        {
            return ([], [new LintError(FileName, null, "yaml", $"line {ex.Start.Line}, column {ex.Start.Column}: {QuestionBankLoader.Innermost(ex).Message}")]);
        }

        var errors = new List<LintError>();
        var services = new List<ServiceStatus>();
        foreach (var raw in document?.Services ?? [])
        {
            var name = raw.Name?.Trim();
            var before = errors.Count;
            void Error(string field, string message) => errors.Add(new LintError(FileName, name, field, message));

            if (string.IsNullOrEmpty(name))
            {
                Error("name", "missing");
            }
            else if (services.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                Error("name", "listed twice");
            }

            var change = default(ServiceChange);
            if (string.IsNullOrWhiteSpace(raw.Status))
            {
                Error("status", $"missing: one of {string.Join(", ", Changes.Keys)}");
            }
            else if (!Changes.TryGetValue(raw.Status.Trim(), out change))
            {
                Error("status", $"'{raw.Status}' is not one of {string.Join(", ", Changes.Keys)}");
            }

            DateOnly? date = null;
            if (!string.IsNullOrWhiteSpace(raw.Date))
            {
                if (DateOnly.TryParseExact(raw.Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    date = parsed;
                }
                else
                {
                    Error("date", $"'{raw.Date}' is not a date like 2026-07-30");
                }
            }

            var successor = string.IsNullOrWhiteSpace(raw.Successor) ? null : raw.Successor.Trim();
            if (change == ServiceChange.Renamed && successor is null && errors.Count == before)
            {
                Error("successor", "a renamed service needs its new name");
            }

            if (errors.Count > before || name is null)
            {
                continue;
            }

            services.Add(new ServiceStatus
            {
                Name = name,
                Aliases = Clean(raw.Aliases),
                Change = change,
                Date = date,
                Successor = successor,
                Note = string.IsNullOrWhiteSpace(raw.Note) ? null : raw.Note.Trim(),
                Mentions = Clean(raw.Mentions),
                Reference = string.IsNullOrWhiteSpace(raw.Reference) ? null : raw.Reference.Trim(),
            });
        }

        return (services, errors);
    }

    private static List<string> Clean(List<string>? values) =>
        values?.Select(v => v.Trim()).Where(v => v.Length > 0).ToList() ?? [];
}
