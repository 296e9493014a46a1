namespace StudyBot.Engine.Questions;

/// <summary>How many of a set of questions show a tell (<see cref="Count"/> of <see cref="Total"/>), against the most the bank allows.</summary>
public sealed record FairnessFigure(string Scope, int Count, int Total, int LimitPercent)
{
    public double Percent => Total == 0 ? 0 : 100.0 * Count / Total;

    public bool Exceeded => Count * 100 > LimitPercent * Total;

    public override string ToString() =>
        $"{Scope}: {Count} of {Total} ({Percent:0.0}%, at most {LimitPercent}%){(Exceeded ? " EXCEEDED" : string.Empty)}";
}
