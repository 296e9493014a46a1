using System.Globalization;

namespace StudyBot.Bench.DailyPost;

/// <summary>The figures of one run, read off the fake Discord's record.</summary>
public sealed record BenchResult(string Scenario, string Trigger, int Channels, DateTimeOffset PostAt, IReadOnlyCollection<FakeDiscordPost> Posts,
    IReadOnlyDictionary<string, int> RateLimited, long Requests, long Deduplicated, IReadOnlyList<string> Notes)
{
    /// <summary>CPU time this process spent from the post time to the end of the run (fake Discord included).</summary>
    public TimeSpan? ProcessCpu { get; init; }

    /// <summary>The machine's 1-minute load average at the start and the end of the run (2 cores here, shared).</summary>
    public string Load { get; init; } = string.Empty;

    public TimeSpan Floor => TimeSpan.FromSeconds(Channels / 50.0);

    public TimeSpan Target => Floor * 1.1;

    public TimeSpan? Elapsed => Posts.Count == 0 ? null : Posts.Max(p => p.At) - PostAt;

    public TimeSpan? FirstPost => Posts.Count == 0 ? null : Posts.Min(p => p.At) - PostAt;

    public int ChannelsPosted => Posts.Select(p => p.ChannelId).Distinct(StringComparer.Ordinal).Count();

    public int Lost => Channels - ChannelsPosted;

    public int Duplicates => Posts.Count - ChannelsPosted;

    public int RateLimitedTotal => RateLimited.Values.Sum();

    /// <summary>429s beyond the first one of each bucket (the global limit counts as one bucket).</summary>
    public int RateLimitedBeyondFirst => RateLimited.Values.Sum(n => n - 1);

    public bool Passed => Elapsed is { } e && e <= Target && RateLimitedBeyondFirst == 0 && Lost == 0 && Duplicates == 0;

    public void Print(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine($"== {Scenario}: {Channels} channels, one daily post each, through {Trigger}");
        foreach (var note in Notes)
        {
            output.WriteLine("   " + note);
        }

        output.WriteLine($"{"figure",-44} {"value",12} {"target",12}  ok");
        Row(output, "elapsed, post time to last post (s)", Elapsed is { } e ? e.TotalSeconds.ToString("0.0", c) : "-", $"<= {Target.TotalSeconds.ToString("0.0", c)}", Elapsed is { } x && x <= Target);
        Row(output, "  floor C/50 (s)", Floor.TotalSeconds.ToString("0.0", c), "", null);
        Row(output, "  elapsed / floor", Elapsed is { } r ? (r / Floor).ToString("0.00", c) : "-", "<= 1.10", null);
        Row(output, "  first post after post time (s)", FirstPost is { } f ? f.TotalSeconds.ToString("0.0", c) : "-", "", null);
        if (ProcessCpu is { } cpu)
        {
            Row(output, "  bench process CPU per post (ms)", (cpu.TotalMilliseconds / Math.Max(1, Posts.Count)).ToString("0.0", c), "", null);
        }

        Row(output, "  load average (start -> end)", Load, "", null);
        Row(output, "429s beyond the first per bucket", RateLimitedBeyondFirst.ToString(c), "0", RateLimitedBeyondFirst == 0);
        Row(output, "  429s in all (buckets hit)", $"{RateLimitedTotal} ({RateLimited.Count})", "", null);
        Row(output, "lost posts (channels without one)", Lost.ToString(c), "0", Lost == 0);
        Row(output, "duplicate posts", Duplicates.ToString(c), "0", Duplicates == 0);
        Row(output, "  POSTs received / repeated nonces answered", $"{Requests} / {Deduplicated}", "", null);
        output.WriteLine(Passed ? "   result: all targets met" : "   result: TARGET MISSED");
    }

    private static void Row(TextWriter output, string name, string value, string target, bool? ok) =>
        output.WriteLine($"{name,-44} {value,12} {target,12}  {(ok is null ? "" : ok.Value ? "yes" : "NO")}");
}

