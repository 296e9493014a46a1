using System.Collections;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace StudyBot.Host.Logging;

/// <summary>
/// The default console format: one line per entry with a UTC timestamp, level and category. Values put into a message
/// (ids, names, anything a request carried) have control characters escaped, so a crafted value cannot start a fake
/// log line, hide text or send terminal escape sequences; the message templates themselves come from the code.
/// </summary>
public sealed class StudyBotConsoleFormatter(IOptionsMonitor<ConsoleFormatterOptions> options, TimeProvider time) : ConsoleFormatter(Name)
{
    public new const string Name = "studybot";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var settings = options.CurrentValue;
        var now = settings.UseUtcTimestamp ? time.GetUtcNow() : time.GetLocalNow();
        var line = new StringBuilder(128);
        line.Append(now.ToString(settings.TimestampFormat ?? "yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture)).Append(' ');
        line.Append(Level(logEntry.LogLevel)).Append(": ").Append(logEntry.Category).Append('[').Append(logEntry.EventId.Id).Append("] ");
        Render(line, logEntry.State, logEntry.Exception, logEntry.Formatter);
        if (logEntry.Exception is { } exception)
        {
            line.AppendLine().Append(exception);
        }

        textWriter.WriteLine(line.ToString());
    }

    /// <summary>The message with its template kept and each value escaped.</summary>
    public static string Render<TState>(TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var text = new StringBuilder();
        Render(text, state, exception, formatter);
        return text.ToString();
    }

    private static void Render<TState>(StringBuilder output, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (state is not IReadOnlyList<KeyValuePair<string, object?>> values
            || values.Count == 0
            || values[^1] is not { Key: "{OriginalFormat}", Value: string template })
        {
            Escape(output, formatter(state, exception));
            return;
        }

        var next = 0;
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '{' && i + 1 < template.Length && template[i + 1] == '{' || c == '}' && i + 1 < template.Length && template[i + 1] == '}')
            {
                output.Append(c);
                i++;
                continue;
            }

            var close = c == '{' ? template.IndexOf('}', i + 1) : -1;
            if (close < 0)
            {
                output.Append(c);
                continue;
            }

            var hole = template.AsSpan(i + 1, close - i - 1);
            var colon = hole.IndexOf(':');
            var format = colon >= 0 ? hole[(colon + 1)..].ToString() : null;
            AppendValue(output, next < values.Count - 1 ? values[next].Value : null, format);
            next++;
            i = close;
        }
    }

    private static void AppendValue(StringBuilder output, object? value, string? format)
    {
        switch (value)
        {
            case null:
                output.Append("(null)");
                break;
            case TrustedText trusted:
                output.Append(trusted.Text);
                break;
            case string text:
                Escape(output, text);
                break;
            case IFormattable formattable:
                Escape(output, formattable.ToString(format, CultureInfo.InvariantCulture));
                break;
            case IEnumerable items:
                var first = true;
                foreach (var item in items)
                {
                    output.Append(first ? string.Empty : ", ");
                    AppendValue(output, item, format);
                    first = false;
                }

                break;
            default:
                Escape(output, value.ToString() ?? string.Empty);
                break;
        }
    }

    public static void Escape(StringBuilder output, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n':
                    output.Append("\\n");
                    break;
                case '\r':
                    output.Append("\\r");
                    break;
                case '\t':
                    output.Append("\\t");
                    break;
                case < ' ' or '\u007f' or (>= '\u0080' and < '\u00a0') or '\u2028' or '\u2029':
                    output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
