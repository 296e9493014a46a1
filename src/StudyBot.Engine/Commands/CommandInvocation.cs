namespace StudyBot.Engine.Commands;

/// <summary>A command with its values checked against the catalog's types and ranges.</summary>
public sealed record CommandInvocation(CommandDefinition Command, CommandDefinition? Subcommand, IReadOnlyDictionary<string, object> Values)
{
    public string Name => Command.Name;

    public string? SubcommandName => Subcommand?.Name;

    public bool Has(string option) => Values.ContainsKey(option);

    public int? Integer(string option) => Values.TryGetValue(option, out var v) && v is int i ? i : null;

    public string? String(string option) => Values.TryGetValue(option, out var v) && v is string s ? s : null;

    /// <summary>An exam option: its code, or null for all (active) exams.</summary>
    public string? Exam(string option = CommandNames.Exam) => String(option) is { } code && !Vocabulary.IsAllExams(code) ? code : null;

    public DateOnly? Date(string option) => Values.TryGetValue(option, out var v) && v is DateOnly d ? d : null;

    public double? Number(string option) => Values.TryGetValue(option, out var v) ? v switch { double d => d, int i => i, _ => null } : null;

    public TimeOnly? Time(string option) => Values.TryGetValue(option, out var v) && v is TimeOnly t ? t : null;

    public Weekdays? Days(string option) => Values.TryGetValue(option, out var v) && v is Weekdays d ? d : null;

    public MemberMention? Member(string option) => Values.TryGetValue(option, out var v) && v is MemberMention m ? m : null;

    public BoardPeriod? Period(string option = CommandNames.Period) =>
        String(option) is { } word && Vocabulary.TryPeriod(word, out var p) ? p : null;

    public BoardScope? Scope(string option = CommandNames.Scope) =>
        String(option) is { } word && Vocabulary.TryScope(word, out var s) ? s : null;
}
