namespace StudyBot.Engine.Mock;

/// <summary>An attempt's score: questions right of those asked, the estimate on the exam's 100-1,000 scale, and pass or fail.</summary>
public sealed record MockScore(int Correct, int Total, int ScaledScore, bool Passed)
{
    public const int ScaleMin = 100;
    public const int ScaleMax = 1000;

    /// <summary>
    /// A straight line from 100 (none right) to 1,000 (all right). AWS scales every exam form with its own model, which it
    /// does not publish, so this is an estimate; the straight line is the simplest one that keeps the scale's ends.
    /// </summary>
    public static MockScore Estimate(int correct, int total, int passMark)
    {
        var share = total == 0 ? 0 : (double)correct / total;
        var scaled = ScaleMin + (int)Math.Round((ScaleMax - ScaleMin) * share, MidpointRounding.AwayFromZero);
        return new MockScore(correct, total, scaled, scaled >= passMark);
    }

    /// <summary>The share of questions right that the estimate turns into the pass mark.</summary>
    public static double PassShare(int passMark) => (double)(passMark - ScaleMin) / (ScaleMax - ScaleMin);
}
