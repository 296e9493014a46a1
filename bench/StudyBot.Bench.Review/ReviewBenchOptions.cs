using System.Globalization;

namespace StudyBot.Bench.Review;

/// <summary>What to seed and how long to measure, from <c>--name value</c> pairs.</summary>
internal sealed record ReviewBenchOptions(int Members, int Cards, int Iterations, int Warmup, int Seed, TimeSpan Budget, string? QuestionsFolder, string? KeepSqlite)
{
    public const string Usage =
        "usage: StudyBot.Bench.Review [--members N] [--cards N] [--iterations N] [--warmup N] [--seed N] [--budget-seconds N]\n" +
        "                             [--questions FOLDER] [--keep-sqlite FILE]\n" +
        "  defaults: 20000 members x 500 cards, 1000 timed calls per operation after 50 warm-up calls, at most 120 s each.\n" +
        "  PostgreSQL runs too when STUDYBOT_BENCH_POSTGRES holds a connection string (a scratch database is created and dropped).";

    /// <summary>The whole run, seeding included, stops after this long.</summary>
    public static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(30);

    public static ReviewBenchOptions Defaults { get; } = new(20_000, 500, 1_000, 50, 11, TimeSpan.FromSeconds(120), null, null);

    public static ReviewBenchOptions? Parse(IReadOnlyList<string> args, TextWriter error)
    {
        var o = Defaults;
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            if (name is "-h" or "--help" || i + 1 >= args.Count)
            {
                error.WriteLine(name is "-h" or "--help" ? Usage : $"{name} needs a value.\n{Usage}");
                return null;
            }

            var value = args[i + 1];
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

            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                error.WriteLine($"{name}: '{value}' is not a non-negative whole number.");
                return null;
            }

            switch (name)
            {
                case "--members": o = o with { Members = Math.Max(1, n) }; break;
                case "--cards": o = o with { Cards = Math.Max(1, n) }; break;
                case "--iterations": o = o with { Iterations = Math.Max(1, n) }; break;
                case "--warmup": o = o with { Warmup = n }; break;
                case "--seed": o = o with { Seed = n }; break;
                case "--budget-seconds": o = o with { Budget = TimeSpan.FromSeconds(Math.Max(1, n)) }; break;
                default:
                    error.WriteLine($"Unknown option {name}.\n{Usage}");
                    return null;
            }
        }

        return o;
    }
}
