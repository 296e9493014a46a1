using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StudyBot.Host.Cli;

/// <summary>A question converted from another format, before review: what the bank's YAML will hold.</summary>
internal sealed record QuestionDraft
{
    public required string Id { get; init; }
    public string Type { get; init; } = "single";
    public int Difficulty { get; init; } = 2;
    public IReadOnlyList<(string Exam, int? Domain, string? Task)> Exams { get; init; } = [];
    public IReadOnlyList<string> Services { get; init; } = [];
    public required string Prompt { get; init; }
    public required IReadOnlyList<(string Key, string Text)> Choices { get; init; }
    public required IReadOnlyList<string> Answer { get; init; }
    public string Explanation { get; init; } = string.Empty;
    public IReadOnlyList<string> References { get; init; } = [];
    public string? Verified { get; init; }

    /// <summary>A bank question as a draft (export and round trips).</summary>
    public static QuestionDraft From(Question q) => new()
    {
        Id = q.Id,
        Type = q.Type.ToString().ToLowerInvariant(),
        Difficulty = q.Difficulty,
        Exams = [.. q.Exams.Select(e => (e.Exam, (int?)e.Domain, e.Task))],
        Services = q.Services,
        Prompt = q.Prompt,
        Choices = [.. q.Choices.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value))],
        Answer = q.Answer,
        Explanation = q.Explanation,
        References = q.References,
        Verified = q.Verified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}

/// <summary>Writes drafts as one topic file of the bank's YAML (QUESTION-FORMAT.md); every text double-quoted, so nothing needs guessing.</summary>
internal static class QuestionYaml
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(string topic, string title, IReadOnlyList<QuestionDraft> drafts)
    {
        var yaml = new StringBuilder();
        yaml.Append("# Imported for review: check every fact against AWS documentation, write the explanation in our own words,\n");
        yaml.Append("# then set verified to the day you checked it.\n");
        yaml.Append("topic: ").Append(Quote(topic)).Append('\n');
        yaml.Append("title: ").Append(Quote(title)).Append('\n');
        yaml.Append("questions:\n");
        foreach (var d in drafts)
        {
            yaml.Append("  - id: ").Append(Quote(d.Id)).Append('\n');
            yaml.Append("    type: ").Append(d.Type).Append('\n');
            yaml.Append("    difficulty: ").Append(d.Difficulty.ToString(CultureInfo.InvariantCulture)).Append('\n');
            yaml.Append("    exams:").Append(d.Exams.Count == 0 ? " []\n" : "\n");
            foreach (var (exam, domain, task) in d.Exams)
            {
                yaml.Append("      - { exam: ").Append(Quote(exam));
                if (domain is { } n)
                {
                    yaml.Append(", domain: ").Append(n.ToString(CultureInfo.InvariantCulture));
                }

                if (task is not null)
                {
                    yaml.Append(", task: ").Append(Quote(task));
                }

                yaml.Append(" }\n");
            }

            if (d.Services.Count > 0)
            {
                yaml.Append("    services: [").Append(string.Join(", ", d.Services.Select(Quote))).Append("]\n");
            }

            yaml.Append("    prompt: ").Append(Quote(d.Prompt)).Append('\n');
            yaml.Append("    choices:\n");
            foreach (var (key, text) in d.Choices)
            {
                yaml.Append("      ").Append(key).Append(": ").Append(Quote(text)).Append('\n');
            }

            yaml.Append("    answer: ").Append(d.Type == "single" && d.Answer.Count == 1 ? d.Answer[0] : "[" + string.Join(", ", d.Answer) + "]").Append('\n');
            yaml.Append("    explanation: ").Append(Quote(d.Explanation)).Append('\n');
            if (d.References.Count > 0)
            {
                yaml.Append("    references:\n");
                foreach (var r in d.References)
                {
                    yaml.Append("      - ").Append(Quote(r)).Append('\n');
                }
            }

            if (d.Verified is not null)
            {
                yaml.Append("    verified: ").Append(d.Verified).Append('\n');
            }
        }

        return yaml.ToString();
    }

    /// <summary>A YAML double-quoted scalar: JSON's string escapes are YAML's too.</summary>
    public static string Quote(string text) => JsonSerializer.Serialize(text, Quoting);
}
