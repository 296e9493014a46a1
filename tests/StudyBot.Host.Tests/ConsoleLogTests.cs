using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using StudyBot.Host.Logging;

namespace StudyBot.Host.Tests;

public sealed class ConsoleLogTests
{
    [Fact]
    public void Write_ValueWithNewlineNulAndAnsi_IsEscapedOnOneTimestampedLine()
    {
        var sut = new StudyBotConsoleFormatter(new StaticMonitor(new ConsoleFormatterOptions { UseUtcTimestamp = true }), TimeProvider.System);
        var values = new LogValues("Interaction {Id} from {Member}", "123\ninfo: Fake[0] forged", "\u001b[31mred\0");
        using var output = new StringWriter();

        sut.Write(new LogEntry<LogValues>(LogLevel.Warning, "StudyBot.Test", new EventId(7), values, null, (s, _) => s.ToString()!), null, output);

        var line = output.ToString();
        Assert.Single(line.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+00:00 warn: StudyBot.Test\[7\] ", line);
        Assert.Contains(@"Interaction 123\ninfo: Fake[0] forged from \u001b[31mred\u0000", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', line);
        Assert.DoesNotContain('\0', line);
    }

    [Fact]
    public void Write_TrustedText_KeepsItsLines()
    {
        var sut = new StudyBotConsoleFormatter(new StaticMonitor(new ConsoleFormatterOptions()), TimeProvider.System);
        var values = new LogValues("{Summary}", new TrustedText("one\n  two"));
        using var output = new StringWriter();

        sut.Write(new LogEntry<LogValues>(LogLevel.Information, "StudyBot.Test", default, values, null, (s, _) => s.ToString()!), null, output);

        Assert.Contains("one\n  two", output.ToString(), StringComparison.Ordinal);
    }

    private sealed class LogValues(string template, params object?[] args) : List<KeyValuePair<string, object?>>(
        args.Select((a, i) => new KeyValuePair<string, object?>("arg" + i, a)).Append(new("{OriginalFormat}", template)));

    private sealed class StaticMonitor(ConsoleFormatterOptions value) : IOptionsMonitor<ConsoleFormatterOptions>
    {
        public ConsoleFormatterOptions CurrentValue => value;

        public ConsoleFormatterOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<ConsoleFormatterOptions, string?> listener) => null;
    }
}
