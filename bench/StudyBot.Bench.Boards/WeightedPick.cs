namespace StudyBot.Bench.Boards;

/// <summary>Draws an index with probability proportional to its weight (binary search over the running sum).</summary>
internal sealed class WeightedPick
{
    private readonly double[] _cumulative;

    public WeightedPick(IReadOnlyList<double> weights)
    {
        _cumulative = new double[weights.Count];
        var sum = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            sum += weights[i];
            _cumulative[i] = sum;
        }
    }

    public int Next(Random random)
    {
        var x = random.NextDouble() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, x);
        return Math.Min(i < 0 ? ~i : i, _cumulative.Length - 1);
    }
}
