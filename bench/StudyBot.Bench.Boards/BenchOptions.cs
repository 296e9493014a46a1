using System.Globalization;

namespace StudyBot.Bench.Boards;

/// <summary>Sizes of the seeded data and of each measured run, from <c>--name value</c> arguments.</summary>
internal sealed record BenchOptions(
    int Answers,
    int Members,
    int Communities,
    int Iterations,
    int Warmup,
    int Seed,
    TimeSpan Budget,
    string? QuestionsFolder,
    bool Profile = false,
    string? KeepSqlite = null)
{
    public static readonly BenchOptions Defaults = new(1_000_000, 20_000, 500, 1_000, 50, 7, TimeSpan.FromSeconds(90), null);

    public const string Usage =
        "usage: StudyBot.Bench.Boards [--answers N] [--members N] [--communities N] [--iterations N] [--warmup N] [--seed N]\n" +
        "                             [--budget-seconds N] [--questions FOLDER] [--profile 1] [--keep-sqlite FILE]\n" +
        "  PostgreSQL runs too when STUDYBOT_BENCH_POSTGRES holds a connection string (a scratch database is created and dropped).";

    public static BenchOptions? Parse(IReadOnlyList<string> args, TextWriter error)
    {
        var o = Defaults;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                error.WriteLine(Usage);
                return null;
            }

            if (i + 1 >= args.Count)
            {
                error.WriteLine($"{name} needs a value.\n{Usage}");
                return null;
            }

            var value = args[++i];
            if (name == "--questions")
            {
                o = o with { QuestionsFolder = value };
                continue;
            }

            if (name == "--keep-sqlite")
            {
                o = o with { KeepSqlite = Path.GetFullPath(value) };
                continue;
            }

            if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 0)
            {
                error.WriteLine($"{name}: '{value}' is not a non-negative whole number.");
                return null;
            }

            switch (name)
            {
                case "--answers": o = o with { Answers = n }; break;
                case "--members": o = o with { Members = Math.Max(1, n) }; break;
                case "--communities": o = o with { Communities = Math.Max(1, n) }; break;
                case "--iterations": o = o with { Iterations = Math.Max(1, n) }; break;
                case "--warmup": o = o with { Warmup = n }; break;
                case "--seed": o = o with { Seed = n }; break;
                case "--profile": o = o with { Profile = n != 0 }; break;
                case "--budget-seconds": o = o with { Budget = TimeSpan.FromSeconds(Math.Max(1, n)) }; break;
                default:
                    error.WriteLine($"Unknown option {name}.\n{Usage}");
                    return null;
            }
        }

        return o;
    }
}
