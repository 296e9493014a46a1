namespace StudyBot.Host.Cli;

/// <summary>
/// Setting overrides on the command line (<c>--Discord:Mode=Gateway</c>, <c>--Database:Provider Postgres</c>, and the
/// <c>--Section=</c> form WebApplicationFactory passes): they are
/// configuration for the host, not options of a verb, so the parser never sees them.
/// </summary>
internal static class ConfigurationArguments
{
    public static string[] WithoutOverrides(string[] args)
    {
        var kept = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            if (IsOverride(args[i]))
            {
                if (!args[i].Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                {
                    i++;
                }

                continue;
            }

            kept.Add(args[i]);
        }

        return [.. kept];
    }

    private static bool IsOverride(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }

        var name = arg.AsSpan(2);
        var equals = name.IndexOf('=');
        if (equals >= 0)
        {
            name = name[..equals];
        }

        // Settings are PascalCase sections (--Database:Provider=Postgres, --Logging=...); the verbs' options are lower case.
        return name.Contains(':') || (name.Length > 0 && char.IsAsciiLetterUpper(name[0]));
    }
}
