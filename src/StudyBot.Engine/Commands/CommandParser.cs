using System.Globalization;

namespace StudyBot.Engine.Commands;

/// <summary>
/// Checks commands against the catalog: typed options from a platform (<see cref="Bind"/>) and the one text grammar of
/// Teams, the terminal and any future text platform (<see cref="ParseText"/>): <c>quiz AIF-C01 2 5</c>,
/// <c>quiz exam:AIF-C01 count:5</c>, <c>setup daily 09:00 Europe/Berlin mon-fri</c>.
/// </summary>
public static class CommandParser
{
    public const int MaxValueLength = 100;

    /// <summary>How long a free-text value (<see cref="OptionType.Text"/>) may be.</summary>
    public const int MaxTextLength = 500;

    /// <summary>
    /// Options as a platform sends them by name, each checked for its type and range. With <paramref name="typed"/> (a
    /// platform whose options carry JSON types, like Discord), a number must come as a number and a word as a string.
    /// </summary>
    public static ParseResult Bind(
        string command,
        string? subcommand,
        IReadOnlyList<KeyValuePair<string, RawValue>> options,
        IReadOnlyDictionary<string, MemberMention>? members = null,
        bool typed = false)
    {
        if (CommandCatalog.Find(command) is not { } definition)
        {
            return ParseResult.Fail(UnknownCommand(command));
        }

        var (target, sub, error) = Target(definition, subcommand);
        if (error is not null)
        {
            return ParseResult.Fail(error);
        }

        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, raw) in options)
        {
            if (target.FindOption(name) is not { } option)
            {
                return ParseResult.Fail(Notice.Invalid($"{Usage(definition, sub)} has no option '{Clip(name)}'."));
            }

            if (values.ContainsKey(option.Name))
            {
                return ParseResult.Fail(Notice.Invalid("The option ", new OptionPart(option.Name), " is given twice."));
            }

            object? value;
            if (option.Type == OptionType.Member)
            {
                if (raw.Kind != RawKind.String || !IsPlainId(raw.Text))
                {
                    return ParseResult.Fail(Notice.Invalid(new OptionPart(option.Name), " must be a member."));
                }

                value = members?.GetValueOrDefault(raw.Text) ?? new MemberMention(raw.Text, raw.Text);
            }
            else if (typed && (option.Type is OptionType.Integer or OptionType.Number) != (raw.Kind == RawKind.Number))
            {
                return ParseResult.Fail(Notice.Invalid(new OptionPart(option.Name), option.Type is OptionType.Integer or OptionType.Number
                    ? $" must be a whole number, not '{Clip(raw.Text)}'."
                    : $" must be a word, not '{Clip(raw.Text)}'."));
            }
            else
            {
                (value, var problem) = Convert(option, raw);
                if (problem is not null)
                {
                    return ParseResult.Fail(problem);
                }
            }

            values[option.Name] = value!;
        }

        return Complete(definition, sub, target, values);
    }

    /// <summary>
    /// A text command. Values may be named (<c>count:5</c>, <c>count=5</c>, <c>count 5</c>) or given in any order, each
    /// going to the first option that takes it; members come from the message's mentions, in order.
    /// </summary>
    public static ParseResult ParseText(string text, IReadOnlyList<MemberMention>? mentions = null)
    {
        var words = Split(text);
        if (words.Count == 0)
        {
            return ParseResult.Fail(Notice.Invalid("Say a command, for example ", CommandRef.Of(CommandNames.Help), "."));
        }

        var name = words[0].TrimStart('/');
        if (CommandCatalog.Find(name) is not { } definition)
        {
            return ParseResult.Fail(Vocabulary.IsGreeting(name) ? Greeting : UnknownCommand(name));
        }

        var rest = words.Skip(1).Where(w => !w.StartsWith('@')).ToList();
        string? subName = null;
        if (definition.SubcommandList.Count > 0 && rest.Count > 0 && definition.FindSubcommand(rest[0]) is not null)
        {
            subName = rest[0];
            rest.RemoveAt(0);
        }
        else if (definition.SubcommandList.Count > 0 && rest.Count > 0)
        {
            return ParseResult.Fail(Notice.Invalid(
                $"{definition.Name} has no '{Clip(rest[0])}'; use ",
                Text.Of(definition.SubcommandList.SelectMany((s, i) => i == 0
                    ? new object[] { new CommandRef(definition.Name, s.Name) }
                    : [i == definition.SubcommandList.Count - 1 ? " or " : ", ", new CommandRef(definition.Name, s.Name)]).ToArray()),
                "."));
        }

        var (target, sub, error) = Target(definition, subName);
        if (error is not null)
        {
            return ParseResult.Fail(error);
        }

        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        var pendingMentions = new Queue<MemberMention>(mentions ?? []);
        foreach (var option in target.Options.Where(o => o.Type == OptionType.Member))
        {
            if (pendingMentions.TryDequeue(out var mention))
            {
                values[option.Name] = mention;
            }
        }

        for (var i = 0; i < rest.Count; i++)
        {
            var word = rest[i];
            var (named, namedValue) = SplitNamed(word);
            CommandOption? option = named is null ? null : target.FindOption(named);
            if (named is not null && option is null && namedValue!.Length == 0)
            {
                // "word:" that names no option is a word, not an empty option.
                named = null;
            }

            if (named is not null && option is null)
            {
                return ParseResult.Fail(Notice.Invalid($"{Usage(definition, sub)} has no option '{Clip(named)}'. ", HelpFor(definition, sub)));
            }

            if (option is null && target.FindOption(word) is { } spelled && spelled.Type is not OptionType.Member && !Accepts(spelled, word))
            {
                if (i + 1 >= rest.Count)
                {
                    return ParseResult.Fail(Notice.Invalid($"{spelled.Name} needs a value. ", HelpFor(definition, sub)));
                }

                option = spelled;
                namedValue = rest[++i];
            }

            if (option is not null)
            {
                if (values.ContainsKey(option.Name))
                {
                    return ParseResult.Fail(Notice.Invalid(new OptionPart(option.Name), " is given twice."));
                }

                var (value, problem) = Convert(option, new RawValue(RawKind.String, namedValue!));
                if (problem is not null)
                {
                    return ParseResult.Fail(problem);
                }

                values[option.Name] = value!;
                continue;
            }

            var slot = target.Options.FirstOrDefault(o =>
                !values.ContainsKey(o.Name) && o.Type != OptionType.Member && (o.Needs is null || values.ContainsKey(o.Needs)) && Accepts(o, word));
            var likely = slot is null ? target.Options.FirstOrDefault(o => !values.ContainsKey(o.Name) && o.Required && o.Type != OptionType.Member)
                : null;
            if (likely is not null)
            {
                return ParseResult.Fail(Convert(likely, new RawValue(RawKind.String, word)).Problem!);
            }

            if (slot is null && LooksNumeric(word) && !int.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                && target.Options.FirstOrDefault(o =>
                    !values.ContainsKey(o.Name) && o.Type is OptionType.Integer or OptionType.Minutes && (o.Needs is null || values.ContainsKey(o.Needs))) is { } number)
            {
                // A number that is no whole number (1.5, 1e5, 99999999999999999999) is a wrong value for the number option it
                // was meant for; a whole number no option takes stays a word the grammar does not understand there.
                return ParseResult.Fail(Convert(number, new RawValue(RawKind.String, word)).Problem!);
            }

            if (slot is null)
            {
                var known = target.Options.Where(o => o.Type != OptionType.Member).Select(o => o.Name).ToList();
                return ParseResult.Fail(Notice.Invalid(
                    $"I don't understand '{Clip(word)}'" + (known.Count == 0 ? $": {Usage(definition, sub)} takes nothing more. " : $" here: {Usage(definition, sub)} takes {Vocabulary.Join(known)}. "),
                    HelpFor(definition, sub)));
            }

            values[slot.Name] = Convert(slot, new RawValue(RawKind.String, word)).Value!;
        }

        return Complete(definition, sub, target, values);
    }

    /// <summary>
    /// A command written in this grammar, as a member would type it: values in order, positional where the grammar reads
    /// them back the same (<c>quiz AIF-C01 2</c>), otherwise named (<c>quiz AIF-C01 count:5</c>).
    /// </summary>
    public static string Format(CommandRef command)
    {
        var head = command.Subcommand is null ? command.Command : $"{command.Command} {command.Subcommand}";
        var positional = string.Join(' ', new[] { head }.Concat(command.Arguments.Select(a => Quote(a.Value))));
        var parsed = ParseText(positional).Invocation;
        if (parsed is not null && command.Arguments.All(a => parsed.Values.TryGetValue(a.Key, out var got)
                && string.Equals(System.Convert.ToString(got, CultureInfo.InvariantCulture), a.Value, StringComparison.OrdinalIgnoreCase)))
        {
            return positional;
        }

        return string.Join(' ', new[] { head }.Concat(command.Arguments.Select(a => $"{a.Key}:{Quote(a.Value)}")));
    }

    private static string Quote(string value) => value.Contains(' ', StringComparison.Ordinal) ? $"\"{value}\"" : value;

    /// <summary>The words of a command line; double quotes keep spaces inside a value.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (current.Length > 0)
                {
                    words.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static (CommandDefinition Target, CommandDefinition? Sub, Notice? Error) Target(CommandDefinition definition, string? subcommand)
    {
        if (subcommand is null)
        {
            return (definition, null, null);
        }

        return definition.FindSubcommand(subcommand) is { } sub
            ? (sub, sub, null)
            : (definition, null, Notice.Invalid($"{definition.Name} has no '{Clip(subcommand)}'."));
    }

    private static ParseResult Complete(CommandDefinition definition, CommandDefinition? sub, CommandDefinition target, Dictionary<string, object> values)
    {
        var missing = target.Options.Where(o => o.Required && !values.ContainsKey(o.Name)).Select(o => o.Name).ToList();
        if (missing.Count > 0)
        {
            return ParseResult.Fail(Notice.Invalid($"{Usage(definition, sub)} needs {Vocabulary.Join(missing)}. ", HelpFor(definition, sub)));
        }

        foreach (var option in target.Options.Where(o => o.Needs is not null && values.ContainsKey(o.Name) && !values.ContainsKey(o.Needs!)))
        {
            return ParseResult.Fail(Notice.Invalid($"Choose {option.Needs} to go with ", new OptionPart(option.Name), ", for example ",
                new CommandRef(definition.Name, sub?.Name, [KeyValuePair.Create(option.Needs!, ExampleValue(target.FindOption(option.Needs!)!)), KeyValuePair.Create(option.Name, System.Convert.ToString(values[option.Name], CultureInfo.InvariantCulture) ?? string.Empty)]),
                "."));
        }

        return new ParseResult(new CommandInvocation(definition, sub, values), null);
    }

    private static bool Accepts(CommandOption option, string word) => Convert(option, new RawValue(RawKind.String, word)).Problem is null;

    /// <summary>A value for an option, typed; a value of the wrong type or out of range gets an error naming it.</summary>
    public static (object? Value, Notice? Problem) Convert(CommandOption option, RawValue raw)
    {
        var text = raw.Text.Trim();
        if (text.Length == 0)
        {
            return (null, Notice.Invalid(new OptionPart(option.Name), " is empty."));
        }

        if (text.Length > (option.Type == OptionType.Text ? MaxTextLength : MaxValueLength))
        {
            return (null, Notice.Invalid("The value of ", new OptionPart(option.Name), " is too long."));
        }

        switch (option.Type)
        {
            case OptionType.Integer or OptionType.Minutes:
                if (raw.Kind == RawKind.Boolean)
                {
                    return (null, Notice.Invalid(new OptionPart(option.Name), $" must be a whole number, not '{Clip(text)}'."));
                }

                int number;
                var ok = option.Type == OptionType.Minutes && raw.Kind == RawKind.String
                    ? Vocabulary.TryMinutes(text, out number)
                    : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);
                if (!ok && raw.Kind == RawKind.String && IsWholeNumber(text))
                {
                    // Typed as text, 99999999999999999999 is a whole number too large for the option, not a word.
                    return (null, Notice.Invalid(new OptionPart(option.Name), option.Min is not null && option.Max is not null
                        ? $" {Clip(text)} is out of range; use {option.Min} to {option.Max}."
                        : $" {Clip(text)} is too large."));
                }

                if (!ok)
                {
                    return (null, Notice.Invalid(new OptionPart(option.Name), option.Type == OptionType.Minutes
                        ? $" must be minutes (480) or hours (8h), not '{Clip(text)}'."
                        : $" must be a whole number, not '{Clip(text)}'."));
                }

                if (number < (option.Min ?? int.MinValue) || number > (option.Max ?? int.MaxValue))
                {
                    return (null, Notice.Invalid(new OptionPart(option.Name), $" {number} is out of range; use {option.Min} to {option.Max}."));
                }

                return (number, null);
            case OptionType.Exam:
                if (raw.Kind == RawKind.String && Vocabulary.IsAllExams(text))
                {
                    return ("all", null);
                }

                return raw.Kind == RawKind.String && Vocabulary.LooksLikeExamCode(text)
                    ? (text.ToUpperInvariant(), null)
                    : (null, Notice.Invalid($"'{Clip(text)}' is not an exam code; exam codes look like AIF-C01, or say all."));
            case OptionType.Period:
                return raw.Kind == RawKind.String && Vocabulary.TryPeriod(text, out var period)
                    ? (Vocabulary.Word(period), null)
                    : (null, Vocabulary.Unknown("period", text, ["week", "month", "all"]));
            case OptionType.Scope:
                return raw.Kind == RawKind.String && Vocabulary.TryScope(text, out var scope)
                    ? (Vocabulary.Word(scope), null)
                    : (null, Vocabulary.Unknown("scope", text, ["channel", "server"]));
            case OptionType.Choice:
                var choice = option.ChoiceList.FirstOrDefault(c => c.Value.Equals(text, StringComparison.OrdinalIgnoreCase));
                return raw.Kind == RawKind.String && choice is not null
                    ? (choice.Value, null)
                    : (null, Notice.Invalid(new OptionPart(option.Name), $" is {Vocabulary.Join(option.ChoiceList.Select(c => c.Value).ToList())}, not '{Clip(text)}'."));
            case OptionType.TimeOfDay:
                return raw.Kind == RawKind.String && Vocabulary.TryTimeOfDay(text, out var time)
                    ? (time, null)
                    : (null, Notice.Invalid($"'{Clip(text)}' is not a time of day; use HH:MM, for example 09:00."));
            case OptionType.TimeZone:
                return raw.Kind == RawKind.String && Vocabulary.TryTimeZone(text, out var zone)
                    ? (zone, null)
                    : (null, Notice.Invalid($"'{Clip(text)}' is not an IANA time zone; use one like Europe/Berlin or America/New_York."));
            case OptionType.Date:
                return raw.Kind == RawKind.String && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? (date, null)
                    : (null, Notice.Invalid($"'{Clip(text)}' is not a date; use YYYY-MM-DD, for example 2027-01-15."));
            case OptionType.Number:
                return raw.Kind != RawKind.Boolean && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real)
                    ? (real, null)
                    : (null, Notice.Invalid(new OptionPart(option.Name), $" must be a number like 0.9, not '{Clip(text)}'."));
            case OptionType.Text:
                return raw.Kind == RawKind.String ? (text, null) : (null, Notice.Invalid(new OptionPart(option.Name), $" must be words, not '{Clip(text)}'."));
            case OptionType.Weekdays:
                return raw.Kind == RawKind.String && Vocabulary.TryWeekdays(text, out var days)
                    ? (days, null)
                    : (null, Notice.Invalid($"'{Clip(text)}' is not a set of weekdays; use weekdays, daily, mon-fri or a list like mon,wed,fri."));
            default:
                return (null, Notice.Invalid(new OptionPart(option.Name), " cannot be given as text."));
        }
    }

    private static string ExampleValue(CommandOption option) => option.Type switch
    {
        OptionType.Exam => "AIF-C01",
        OptionType.Integer => (option.Min ?? 1).ToString(CultureInfo.InvariantCulture),
        _ => option.ChoiceList.FirstOrDefault()?.Value ?? option.Name,
    };

    private static (string? Name, string? Value) SplitNamed(string word)
    {
        var index = word.IndexOfAny([':', '=']);
        if (index <= 0)
        {
            return (null, null);
        }

        var name = word[..index];
        // A time of day (09:00) is a value, not a name.
        return char.IsDigit(name[0]) ? (null, null) : (name, word[(index + 1)..]);
    }

    /// <summary>Digits with an optional sign: a whole number, however large.</summary>
    private static bool IsWholeNumber(string text)
    {
        var digits = text.StartsWith('-') || text.StartsWith('+') ? text[1..] : text;
        return digits.Length > 0 && digits.All(char.IsAsciiDigit);
    }

    /// <summary>A word a member meant as a number: -3, 1.5, 1e5, 99999999999999999999 (not "Infinity" or "NaN").</summary>
    private static bool LooksNumeric(string word) =>
        word.Length > 0 && (char.IsAsciiDigit(word[0]) || word.Length > 1 && word[0] is '-' or '+' or '.' && char.IsAsciiDigit(word[1]))
        && double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static bool IsPlainId(string text) => text.Length is > 0 and <= MaxValueLength && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '.');

    private static string Usage(CommandDefinition definition, CommandDefinition? sub) => sub is null ? definition.Name : $"{definition.Name} {sub.Name}";

    private static Text HelpFor(CommandDefinition definition, CommandDefinition? sub) =>
        Text.Of("See ", CommandRef.Of(CommandNames.Help), ".");

    /// <summary>"hello": a short greeting and where to start, not the whole help.</summary>
    public static Notice Greeting { get; } = Notice.Info("Hi! I'm StudyBot, here to help you practise for the AWS AI/ML certifications. Try ",
        CommandRef.Of(CommandNames.Quiz), " for a short quiz, or ", CommandRef.Of(CommandNames.Help), " to see everything I can do.");

    public static Notice UnknownCommand(string word) => Notice.Invalid(
        $"I don't know the command '{Clip(word)}'. I know {Vocabulary.Join(CommandCatalog.All.Select(c => c.Name).ToList())}; see ",
        CommandRef.Of(CommandNames.Help), ".");

    /// <summary>A word from the member, shortened for quoting back.</summary>
    public static string Clip(string word) => word.Length <= 40 ? word : word[..40] + "…";
}
