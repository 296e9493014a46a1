using System.CommandLine;

namespace StudyBot.Host.Cli;

/// <summary>The verbs of <see cref="QuestionTransferCommands"/> in the command tree.</summary>
internal static class QuestionTransfer
{
    public static Command Import(Func<VerbContext>? context)
    {
        var from = new Option<string>("--from") { Description = "The file's format: red (Red-DiscordBot trivia YAML), opentdb (Open Trivia DB JSON), csv (the bank's CSV), cloudcertprep (JSON).", Required = true, HelpName = "FORMAT" };
        from.AcceptOnlyFromAmong(QuestionImport.Formats);
        var file = new Argument<string>("FILE") { Description = "The file to convert." };
        var exam = new Option<string?>("--exam") { Description = "Tag every imported question with this exam.", HelpName = "CODE" };
        var domain = new Option<int?>("--domain") { Description = "…and this domain of it.", CustomParser = r => StudyBotCommands.WholeNumber(r, "--domain", 1, 99), HelpName = "N" };
        var output = new Option<string?>("--output", "-o") { Description = $"The folder for the YAML to review (default: {QuestionTransferCommands.DefaultImportFolder}).", HelpName = "DIR" };
        var command = new Command("import", "Convert another quiz format into the bank's YAML for review, say what could not be mapped, then lint it.") { from, file, exam, domain, output };
        command.SetAction((parse, _) => StudyBotCommands.Run(context, c => Task.FromResult(QuestionTransferCommands.Import(
            QuestionTransferCommands.BankFolder(c.Services), parse.GetValue(from)!, parse.GetValue(file)!, parse.GetValue(exam), parse.GetValue(domain), parse.GetValue(output), c.Output, c.Error))));
        return command;
    }

    public static Command Export(Func<VerbContext>? context)
    {
        var to = new Option<string>("--to") { Description = "csv (the bank's CSV, imports again with --from csv) or anki (Anki's text import).", Required = true, HelpName = "csv|anki" };
        to.AcceptOnlyFromAmong("csv", "anki");
        var exam = new Option<string?>("--exam") { Description = "Only this exam's questions.", HelpName = "CODE" };
        var domain = new Option<int?>("--domain") { Description = "Only this domain of the exam.", CustomParser = r => StudyBotCommands.WholeNumber(r, "--domain", 1, 99), HelpName = "N" };
        var topic = new Option<string?>("--topic") { Description = "Only this topic (file) of the bank.", HelpName = "TOPIC" };
        var output = new Option<string?>("--output", "-o") { Description = "The file to write (default: standard output).", HelpName = "FILE" };
        var command = new Command("export", "Write the bank, or part of it, as CSV or for Anki.") { to, exam, domain, topic, output };
        command.SetAction((parse, _) => StudyBotCommands.Run(context, c => Task.FromResult(QuestionTransferCommands.Export(
            c.Services.GetRequiredService<QuestionBank>(), parse.GetValue(to)!, parse.GetValue(exam), parse.GetValue(domain), parse.GetValue(topic), parse.GetValue(output), c.Output, c.Error))));
        return command;
    }

    public static Command FlagsExport(Func<VerbContext>? context)
    {
        var format = new Option<string>("--format") { Description = "json or csv: question id, version, reasons and texts (no names).", DefaultValueFactory = _ => "json", HelpName = "json|csv" };
        format.AcceptOnlyFromAmong("json", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "The file to write (default: standard output).", HelpName = "FILE" };
        var command = new Command("export", "Write every reported question version with its reasons and texts, for the bank's maintainers.") { format, output };
        command.SetAction((parse, ct) => StudyBotCommands.Run(context, c => QuestionTransferCommands.FlagsExportAsync(c.Services, parse.GetValue(format)!, parse.GetValue(output), c.Output, ct)));
        return command;
    }
}
