namespace StudyBot.Bench.Review;

/// <summary>One operation's timed calls in milliseconds and its p99 target.</summary>
internal sealed class Latencies(string name, double targetP99)
{
    private readonly List<double> _samples = [];
    private double[]? _sorted;

    public string Name { get; } = name;

    public double TargetP99 { get; } = targetP99;

    public string Note { get; set; } = string.Empty;

    public int Count => _samples.Count;

    public void Add(double milliseconds)
    {
        _samples.Add(milliseconds);
        _sorted = null;
    }

    /// <summary>The nearest-rank percentile (NaN with no samples).</summary>
    public double Percentile(double q)
    {
        if (_samples.Count == 0)
        {
            return double.NaN;
        }

        _sorted ??= [.. _samples.Order()];
        var rank = (int)Math.Ceiling(q * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)];
    }

    public double Max => _samples.Count == 0 ? double.NaN : _samples.Max();

    public bool Met => _samples.Count > 0 && Percentile(0.99) < TargetP99;
}
