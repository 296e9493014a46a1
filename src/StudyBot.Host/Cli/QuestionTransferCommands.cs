using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using StudyBot.Data;
using StudyBot.Host.Startup;

namespace StudyBot.Host.Cli;

/// <summary>The bank in and out: <c>questions import</c>, <c>questions export</c> and <c>questions flags export</c>.</summary>
internal static class QuestionTransferCommands
{
    public const string DefaultImportFolder = "imported";

    /// <summary>
    /// Converts FILE into one YAML file in <paramref name="folder"/> for review (with the bank's catalog beside it), says
    /// what could not be mapped, then lints the folder. 0 when the result passes the lint, 1 when it has problems to fix.
    /// </summary>
    public static int Import(string bankFolder, string format, string file, string? exam, int? domain, string? folder, TextWriter output, TextWriter error)
    {
        if (!File.Exists(file))
        {
            error.WriteLine($"No file {file}.");
            return ExitCodes.Usage;
        }

        if (domain is not null && exam is null)
        {
            error.WriteLine("--domain needs --exam.");
            return ExitCodes.Usage;
        }

        var name = Path.GetFileNameWithoutExtension(file);
        var (drafts, unmapped) = QuestionImport.Read(format, File.ReadAllText(file), name);
        if (exam is not null)
        {
            drafts = [.. drafts.Select(d => d with { Exams = [(exam.ToUpperInvariant(), domain, null)] })];
        }

        foreach (var line in unmapped)
        {
            output.WriteLine("not mapped: " + line);
        }

        if (drafts.Count == 0)
        {
            error.WriteLine($"Nothing in {file} could be mapped to a question.");
            return ExitCodes.Problems;
        }

        var target = Path.GetFullPath(folder ?? DefaultImportFolder);
        Directory.CreateDirectory(target);
        foreach (var catalog in new[] { ExamCatalogLoader.FileName, ServiceStatusLoader.FileName })
        {
            if (File.Exists(Path.Combine(bankFolder, catalog)) && !File.Exists(Path.Combine(target, catalog)))
            {
                File.Copy(Path.Combine(bankFolder, catalog), Path.Combine(target, catalog));
            }
        }

        var topic = QuestionImport.Slug($"{format}-{name}");
        var path = Path.Combine(target, topic + ".yaml");
        File.WriteAllText(path, QuestionYaml.Write(topic, $"Imported from {Path.GetFileName(file)} ({format})", drafts));
        output.WriteLine($"Wrote {drafts.Count} question(s) to {path} ({unmapped.Count} note(s) above).");
        return LintFolder(target, output);
    }

    /// <summary>The bank (or the questions of an exam, a domain, a topic) as CSV to import again, or as an Anki text file.</summary>
    public static int Export(QuestionBank bank, string to, string? exam, int? domain, string? topic, string? file, TextWriter output, TextWriter error)
    {
        var questions = (exam is null && domain is null ? bank.All : bank.Filter(exam, domain))
            .Where(q => topic is null || q.Topic.Equals(topic, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var skipped = to == "csv" ? questions.Count(q => q.Type == QuestionType.Matching) : 0;
        var text = to == "csv"
            ? QuestionCsv.Write(questions.Where(q => q.Type != QuestionType.Matching).Select(QuestionDraft.From))
            : AnkiText(questions);
        if (skipped > 0)
        {
            error.WriteLine($"{skipped} matching question(s) left out: the CSV has no columns for items.");
        }

        if (file is null)
        {
            output.Write(text);
        }
        else
        {
            File.WriteAllText(file, text);
            output.WriteLine($"Wrote {questions.Count - skipped} question(s) to {file}.");
        }

        return ExitCodes.Success;
    }

    /// <summary>Every reported question version with reasons and texts, no names: for the bank's maintainers to fix the YAML.</summary>
    public static async Task<int> FlagsExportAsync(IServiceProvider services, string format, string? file, TextWriter output, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var rows = await services.GetRequiredService<FlagService>().ExportAsync(false, cancellationToken);
        var text = format == "csv" ? FlagsCsv(rows) : FlagsJson(rows);
        if (file is null)
        {
            output.Write(text);
        }
        else
        {
            await File.WriteAllTextAsync(file, text, cancellationToken);
            output.WriteLine($"Wrote {rows.Count} reported question version(s) to {file}.");
        }

        return ExitCodes.Success;
    }

    public static string FlagsJson(IReadOnlyList<FlagExportRow> rows) => JsonSerializer.Serialize(
        rows.Select(r => new
        {
            questionId = r.QuestionId,
            version = r.Version,
            currentVersion = r.CurrentVersion,
            reports = r.Reports,
            open = r.Open,
            reasons = r.Reasons.ToDictionary(x => x.Word, x => x.Count),
            texts = r.Texts,
        }),
        new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + Environment.NewLine;

    public static string FlagsCsv(IReadOnlyList<FlagExportRow> rows)
    {
        var csv = new StringBuilder("question_id,version,current_version,reports,open,reasons,texts\n");
        foreach (var r in rows)
        {
            csv.Append(string.Join(',', new[]
            {
                r.QuestionId, r.Version, r.CurrentVersion ? "yes" : "no", r.Reports.ToString(CultureInfo.InvariantCulture), r.Open.ToString(CultureInfo.InvariantCulture),
                string.Join(';', r.Reasons.Select(x => $"{x.Word}:{x.Count}")), string.Join(" | ", r.Texts),
            }.Select(QuestionCsv.Field))).Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>
    /// Anki's text import: a tab-separated note per line (front, back, tags) after the header lines Anki reads; HTML on,
    /// so the choices go on their own lines.
    /// </summary>
    public static string AnkiText(IEnumerable<Question> questions)
    {
        var text = new StringBuilder("#separator:tab\n#html:true\n#tags column:3\n");
        foreach (var q in questions)
        {
            var choices = q.Choices.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}: {Html(c.Value)}");
            var items = q.Items.Count == 0 ? string.Empty : "<br><br>" + string.Join("<br>", q.Items.Select(i => $"{i.Key}. {Html(i.Value)}"));
            var front = Html(q.Prompt) + items + "<br><br>" + string.Join("<br>", choices);
            var back = "<b>" + Html(string.Join(q.Type is QuestionType.Ordering or QuestionType.Matching ? " → " : ", ", q.Answer)) + "</b><br><br>" + Html(q.Explanation);
            var tags = string.Join(' ', q.Exams.Select(e => $"{e.Exam}::D{e.Domain}").Prepend("studybot").Append(q.Topic).Distinct());
            text.Append(front).Append('\t').Append(back).Append('\t').Append(tags).Append('\n');
        }

        return text.ToString();
    }

    private static string Html(string text) => System.Net.WebUtility.HtmlEncode(text.Replace('\t', ' ').Replace("\r", string.Empty, StringComparison.Ordinal)).Replace("\n", "<br>", StringComparison.Ordinal);

    private static int LintFolder(string folder, TextWriter output)
    {
        var lint = BankLint.Run(folder);
        foreach (var e in lint.Errors.Concat(lint.Fairness.KeyTooLong))
        {
            output.WriteLine("to review: " + e);
        }

        foreach (var figure in lint.Fairness.Exceeded)
        {
            output.WriteLine("to review: fairness " + figure);
        }

        output.WriteLine(lint.Passed ? $"Lint: {lint.Bank.Count} question(s) in {folder}, no problems." : $"Lint: {lint.Errors.Count} problem(s) to fix in {folder} before the questions can join the bank.");
        return lint.Passed ? ExitCodes.Success : ExitCodes.Problems;
    }

    public static string BankFolder(IServiceProvider services) =>
        services.GetRequiredService<IOptions<QuestionsOptions>>().Value.ResolvePath(services.GetRequiredService<IHostEnvironment>().ContentRootPath);
}
