using System.Text;

namespace StudyBot.Host.Cli;

/// <summary>
/// The bank's simple CSV (docs/question-import.md): a header row, then one question per row, RFC 4180 quoting (a field with a
/// comma, quote or line break is double-quoted, a quote inside doubled). Columns: id, type, difficulty, exams
/// (<c>MLA-C01:3;AIF-C01:1</c>, optionally <c>:task</c>), services (<c>;</c>-separated), prompt, A to F (empty when unused),
/// answer (keys <c>;</c>-separated, in order for ordering), explanation, references (<c>;</c>-separated), verified
/// (YYYY-MM-DD). Matching questions have no CSV shape and are left out.
/// </summary>
internal static class QuestionCsv
{
    public static readonly string[] Columns =
        ["id", "type", "difficulty", "exams", "services", "prompt", "A", "B", "C", "D", "E", "F", "answer", "explanation", "references", "verified"];

    public static string Write(IEnumerable<QuestionDraft> drafts)
    {
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', Columns));
        foreach (var d in drafts)
        {
            var choices = Grader.Labels.Select(l => d.Choices.FirstOrDefault(c => c.Key == l.ToString()).Text ?? string.Empty);
            var exams = string.Join(';', d.Exams.Select(e => e.Exam + (e.Domain is { } n ? ":" + n : string.Empty) + (e.Task is { } t ? ":" + t : string.Empty)));
            string[] fields =
            [
                d.Id, d.Type, d.Difficulty.ToString(System.Globalization.CultureInfo.InvariantCulture), exams, string.Join(';', d.Services), d.Prompt,
                .. choices, string.Join(';', d.Answer), d.Explanation, string.Join(';', d.References), d.Verified ?? string.Empty,
            ];
            csv.AppendLine(string.Join(',', fields.Select(Field)));
        }

        return csv.ToString();
    }

    public static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>The rows of a CSV text, each a list of fields; quoted fields may hold commas, quotes and line breaks.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Read(string text)
    {
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                if (row.Any(f => f.Length > 0))
                {
                    rows.Add(row);
                }

                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            if (row.Any(f => f.Length > 0))
            {
                rows.Add(row);
            }
        }

        return rows;
    }
}
