using System.CommandLine;

namespace StudyBot.Host.Cli;

/// <summary>"Did you mean …?" for a mistyped verb or option, by edit distance to the ones that exist.</summary>
internal static class CommandSuggestions
{
    /// <summary>Every verb as it is typed, with its group: <c>questions lint</c>, <c>db migrate</c>, <c>practice</c>.</summary>
    public static IReadOnlyList<string> VerbPaths(RootCommand root) =>
        root.Subcommands.Where(c => !c.Hidden)
            .SelectMany(c => c.Subcommands.Count == 0 ? [c.Name] : c.Subcommands.Where(s => !s.Hidden).Select(s => $"{c.Name} {s.Name}"))
            .ToList();

    public static string? ForVerb(RootCommand root, IReadOnlyList<string> typed)
    {
        if (typed.Count == 0)
        {
            return null;
        }

        var phrase = string.Join(' ', typed.Take(2)).ToLowerInvariant();
        var candidates = VerbPaths(root).Concat(root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name)).Distinct();
        return Closest(phrase, candidates) ?? Closest(typed[0].ToLowerInvariant(), root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
    }

    public static string? ForOption(Command command, string typed) =>
        Closest(typed, OptionsOf(command).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(a => a.StartsWith("--", StringComparison.Ordinal)));

    private static IEnumerable<Option> OptionsOf(Command command) => command.Options.Where(o => !o.Hidden);

    private static string? Closest(string typed, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(typed, candidate);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best is not null && bestDistance > 0 && bestDistance <= Math.Max(2, typed.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
