using System.Text.RegularExpressions;

namespace StudyBot.Data.Tests;

/// <summary>
/// The write gate is the only way to save: a context refuses <c>SaveChanges</c> itself (see DatabaseContract), and here no
/// source file of Data writes, or touches a connection or command, outside the provider layer.
/// </summary>
public sealed partial class WriteGateTests
{
    private static readonly string DataSource = Path.Combine(FindRepository(), "src", "StudyBot.Data");

    // EF's writes: only the gate calls them.
    [GeneratedRegex(@"\b(SaveChanges(Async)?|SaveThroughGateAsync|ExecuteUpdate(Async)?|ExecuteDelete(Async)?|ExecuteSql(Raw|Interpolated)?(Async)?|BulkInsert)\s*\(")]
    private static partial Regex EfWrite();

    // ADO.NET: only the provider layer opens connections and runs commands (the gate's lane for writes, the reads' pool).
    [GeneratedRegex(@"\b(ExecuteNonQuery(Async)?|ExecuteScalar(Async)?|ExecuteReader(Async)?|CreateCommand|OpenConnection(Async)?|CreateConnection|BeginTransaction(Async)?)\s*\(")]
    private static partial Regex AdoCall();

    [Fact]
    public void Sources_EfWritesOutsideTheGate_NoneOutsideWriteGateAndTheContext()
    {
        var allowed = new[] { Path.Combine("Providers", "WriteGate.cs"), "StudyBotDbContext.cs" };

        var offenders = Matches(EfWrite(), file => allowed.Contains(file) || file.StartsWith("Migrations", StringComparison.Ordinal))
            .Where(m => !(m.File == Path.Combine("Providers", "SqliteDialect.cs") && m.Line.Contains("PRAGMA journal_mode=WAL", StringComparison.Ordinal)))
            .ToList();

        Assert.True(offenders.Count == 0, "Write outside WriteGate:" + Environment.NewLine + string.Join(Environment.NewLine, offenders.Select(o => $"{o.File}: {o.Line.Trim()}")));
    }

    [Fact]
    public void Sources_ConnectionsAndCommandsOutsideTheProviderLayer_None()
    {
        var offenders = Matches(AdoCall(), file => file.StartsWith("Providers", StringComparison.Ordinal)).ToList();

        Assert.True(offenders.Count == 0, "Connection or command outside Providers/:" + Environment.NewLine + string.Join(Environment.NewLine, offenders.Select(o => $"{o.File}: {o.Line.Trim()}")));
    }

    [Fact]
    public void Sources_ProviderChecks_OnlyInTheProviderLayer()
    {
        var offenders = Matches(ProviderCheck(), file => file.StartsWith("Providers", StringComparison.Ordinal) || file == "DataServiceCollectionExtensions.cs").ToList();

        Assert.True(offenders.Count == 0, "Provider decided outside Providers/:" + Environment.NewLine + string.Join(Environment.NewLine, offenders.Select(o => $"{o.File}: {o.Line.Trim()}")));
    }

    [GeneratedRegex(@"IsPostgres|DatabaseProvider\.(Sqlite|Postgres)|is\s+(Npgsql|Sqlite)\w*|as\s+(Npgsql|Sqlite)\w*Exception")]
    private static partial Regex ProviderCheck();

    [Fact]
    public void Scan_FindsTheGatesOwnSave_SoTheOtherScansMeanSomething()
    {
        Assert.Contains(Matches(EfWrite(), _ => false), m => m.File == Path.Combine("Providers", "WriteGate.cs"));
        Assert.Contains(Matches(AdoCall(), _ => false), m => m.File.StartsWith("Providers", StringComparison.Ordinal));
    }

    private static IEnumerable<(string File, string Line)> Matches(Regex pattern, Func<string, bool> skip)
    {
        foreach (var path in Directory.EnumerateFiles(DataSource, "*.cs", SearchOption.AllDirectories))
        {
            var file = Path.GetRelativePath(DataSource, path);
            if (file.StartsWith("bin", StringComparison.Ordinal) || file.StartsWith("obj", StringComparison.Ordinal) || skip(file))
            {
                continue;
            }

            foreach (var line in File.ReadLines(path))
            {
                var code = line.TrimStart();
                if (!code.StartsWith("//", StringComparison.Ordinal) && pattern.IsMatch(code))
                {
                    yield return (file, line);
                }
            }
        }
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StudyBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("StudyBot.sln not found above " + AppContext.BaseDirectory);
    }
}
