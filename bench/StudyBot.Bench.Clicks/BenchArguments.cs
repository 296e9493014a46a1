using System.Globalization;

namespace StudyBot.Bench.Clicks;

/// <summary>The sizes of a run: <c>--clicks N --concurrency C --warmup W --verify-seconds S --max-seconds T --breakdown B</c>.</summary>
internal sealed record BenchArguments(int Clicks, int Concurrency, int Warmup, double VerifySeconds, double MaxSeconds, int Breakdown)
{
    public const string Usage =
        "usage: StudyBot.Bench.Clicks [--clicks 20000] [--concurrency 32] [--warmup 3000] [--verify-seconds 3] [--max-seconds 600] [--breakdown 0]";

    public static BenchArguments? Parse(IReadOnlyList<string> args, TextWriter error)
    {
        var clicks = 20_000;
        var concurrency = 32;
        int? warmup = null;
        var verifySeconds = 3.0;
        var maxSeconds = 600.0;
        var breakdown = 0;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                error.WriteLine(Usage);
                return null;
            }

            if (i + 1 >= args.Count || !double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                error.WriteLine($"{name} needs a non-negative number. {Usage}");
                return null;
            }

            i++;
            switch (name)
            {
                case "--clicks" when value >= 1:
                    clicks = (int)Math.Min(value, 10_000_000);
                    break;
                case "--concurrency" when value >= 1:
                    concurrency = (int)Math.Min(value, 4096);
                    break;
                case "--warmup":
                    warmup = (int)Math.Min(value, 1_000_000);
                    break;
                case "--verify-seconds" when value > 0:
                    verifySeconds = value;
                    break;
                case "--max-seconds" when value > 0:
                    maxSeconds = value;
                    break;
                case "--breakdown":
                    breakdown = (int)Math.Min(value, 100_000);
                    break;
                default:
                    error.WriteLine($"Unknown or out-of-range argument {name}. {Usage}");
                    return null;
            }
        }

        return new BenchArguments(clicks, concurrency, warmup ?? Math.Min(3000, Math.Max(clicks / 5, concurrency)), verifySeconds, maxSeconds, breakdown);
    }
}
