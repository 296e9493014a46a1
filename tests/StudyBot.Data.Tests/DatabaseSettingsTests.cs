using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using StudyBot.Data.Providers;

namespace StudyBot.Data.Tests;

/// <summary>The provider's wording lives with the provider: where the data is, what a failure means, never the password.</summary>
public sealed class DatabaseSettingsTests
{
    private static readonly DatabaseSettings Postgres = new(DatabaseProvider.Postgres, "Host=db.example;Port=5433;Username=studybot;Password=hunter2;Database=team");
    private static readonly DatabaseSettings Sqlite = new(DatabaseProvider.Sqlite, "Data Source=/var/lib/studybot/studybot.db");

    [Fact]
    public void Location_NamesTheProviderAndPlace_NotTheCredentials()
    {
        Assert.Equal("PostgreSQL db.example:5433/team", Postgres.Location());
        Assert.Equal("SQLite /var/lib/studybot/studybot.db", Sqlite.Location());
    }

    [Fact]
    public void DescribeFailure_UnreachablePostgres_NamesServerAndKey()
    {
        var failure = Postgres.DescribeFailure(new InvalidOperationException("wrapped", new SocketException((int)SocketError.ConnectionRefused)));

        Assert.NotNull(failure);
        Assert.Contains("db.example:5433 is unreachable", failure, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:StudyBot", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void DescribeFailure_SqliteCannotOpen_NamesTheFolderAndTheSetting()
    {
        var failure = Sqlite.DescribeFailure(new SqliteException("unable to open database file", 14));

        Assert.Equal(
            "The SQLite database /var/lib/studybot/studybot.db cannot be written (the file cannot be created or opened there). Make /var/lib/studybot writable for this user, or set Database:DataDirectory to a writable folder.",
            failure);
    }

    [Fact]
    public void DescribeFailure_AnExceptionTheProviderDoesNotExplain_IsNull()
    {
        Assert.Null(Sqlite.DescribeFailure(new InvalidOperationException("something else")));
        Assert.Null(Postgres.DescribeFailure(new SqliteException("not ours", 14)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=x.db;Bogus Keyword=1", "bogus keyword")]
    [InlineData(DatabaseProvider.Postgres, "Host=h;Nonsense=1", "nonsense")]
    public void ConnectionStringProblem_UnknownKeyword_NamesIt(DatabaseProvider provider, string connectionString, string keyword)
    {
        var problem = DatabaseSettings.ConnectionStringProblem(provider, connectionString);

        Assert.NotNull(problem);
        Assert.Contains(keyword, problem, StringComparison.OrdinalIgnoreCase);
        Assert.Null(DatabaseSettings.ConnectionStringProblem(provider, provider == DatabaseProvider.Sqlite ? "Data Source=x.db" : "Host=h"));
    }
}
