using System.Reflection;

namespace StudyBot.Host.Tests;

/// <summary>The one dependency rule of the architecture, checked on the built assemblies.</summary>
public sealed class DependencyRuleTests
{
    private static readonly string[] PlatformPrefixes =
        ["StudyBot.Data", "StudyBot.Discord", "StudyBot.BotFramework", "StudyBot.Host", "Microsoft.EntityFrameworkCore", "Quartz", "Microsoft.AspNetCore", "NSec", "Npgsql", "Microsoft.IdentityModel", "ScottPlot"];

    private static IReadOnlyList<string> References(string assembly) =>
        Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();

    [Fact]
    public void Engine_ReferencesNoPlatformStorageOrSchedulerAssembly()
    {
        var offending = References("StudyBot.Engine").Where(r => PlatformPrefixes.Any(p => r.StartsWith(p, StringComparison.Ordinal))).ToList();

        Assert.Empty(offending);
    }

    [Theory]
    [InlineData("StudyBot.Discord", "StudyBot.BotFramework")]
    [InlineData("StudyBot.Discord", "StudyBot.Data")]
    [InlineData("StudyBot.BotFramework", "StudyBot.Discord")]
    [InlineData("StudyBot.BotFramework", "StudyBot.Data")]
    [InlineData("StudyBot.Data", "StudyBot.Discord")]
    [InlineData("StudyBot.Data", "StudyBot.BotFramework")]
    public void Adapter_DoesNotReferenceItsSiblings(string assembly, string forbidden)
    {
        Assert.DoesNotContain(forbidden, References(assembly));
    }

    [Fact]
    public void Host_ReferencesEveryPart()
    {
        var references = References("StudyBot.Host");

        Assert.Contains("StudyBot.Engine", references);
        Assert.Contains("StudyBot.Data", references);
    }
}
