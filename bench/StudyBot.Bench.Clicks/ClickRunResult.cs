namespace StudyBot.Bench.Clicks;

/// <summary>What a burst of clicks did: how many were sent, answered 2xx with the expected reply, and how long each took.</summary>
internal sealed record ClickRunResult(int Sent, int NonSuccess, int Unexpected, TimeSpan Elapsed, TimeSpan ProcessorTime, double[] LatenciesMs, string? FirstProblem)
{
    public double PerSecond => Sent / Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>CPU spent by the whole process (host, fake Discord and client) per click: steady even when others share the machine.</summary>
    public double ProcessorMsPerClick => ProcessorTime.TotalMilliseconds / Math.Max(Sent, 1);

    /// <summary>Nearest-rank percentile of the latencies (sorted by the runner).</summary>
    public double Percentile(double p) =>
        LatenciesMs.Length == 0 ? double.NaN : LatenciesMs[Math.Clamp((int)Math.Ceiling(p / 100 * LatenciesMs.Length) - 1, 0, LatenciesMs.Length - 1)];

    public double Max => LatenciesMs.Length == 0 ? double.NaN : LatenciesMs[^1];
}
