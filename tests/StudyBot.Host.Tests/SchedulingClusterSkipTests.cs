using Xunit.Sdk;

namespace StudyBot.Host.Tests;

/// <summary>The clustered test's gate: a real skip without a server, a failure when CI requires one.</summary>
public sealed class SchedulingClusterSkipTests
{
    [Fact]
    public void RequirePostgresOrSkip_NoServer_Skips()
    {
        var thrown = Record.Exception(() => SchedulingClusterTests.RequirePostgresOrSkip(null, null));

        var skip = Assert.IsType<Xunit.SkipException>(thrown);
        Assert.Contains(SchedulingClusterTests.PostgresVariable, skip.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequirePostgresOrSkip_NoServerButRequired_Fails()
    {
        var thrown = Record.Exception(() => SchedulingClusterTests.RequirePostgresOrSkip("", "1"));

        Assert.IsType<TrueException>(thrown);
        Assert.Contains(SchedulingClusterTests.RequireVariable, thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequirePostgresOrSkip_Server_ReturnsIt()
    {
        var sut = SchedulingClusterTests.RequirePostgresOrSkip("Host=127.0.0.1;Username=postgres", "1");

        Assert.Equal("Host=127.0.0.1;Username=postgres", sut);
    }
}
