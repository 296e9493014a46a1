namespace StudyBot.Bench.Boards;

/// <summary>Latencies of one operation in milliseconds, with its p99 target.</summary>
internal sealed record Measurement(string Name, IReadOnlyList<double> Samples, double TargetP99, string Note)
{
    public double Percentile(double q)
    {
        if (Samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = Samples.Order().ToList();
        var rank = (int)Math.Ceiling(q * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public bool Met => Samples.Count > 0 && Percentile(0.99) < TargetP99;
}
