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

    /// <summary>The store ports: the engine resolves members and channels itself, so an adapter never needs one.</summary>
    private static readonly Type[] StorePorts =
    [
        typeof(Engine.Setup.IChannelStore), typeof(Engine.Members.IMemberStore), typeof(Engine.Daily.IRoundStore),
        typeof(Engine.Answers.IAnswerStore), typeof(Engine.Quizzes.IQuizStore), typeof(Engine.Digest.IDigestStore),
        typeof(Engine.Boards.IBoardQueries),
    ];

    [Theory]
    [InlineData("StudyBot.Discord")]
    [InlineData("StudyBot.BotFramework")]
    public void Adapter_InjectsNoStorePort(string assembly)
    {
        var offending = Assembly.Load(assembly).GetTypes()
            .SelectMany(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .SelectMany(c => c.GetParameters())
                .Where(p => StorePorts.Contains(p.ParameterType))
                .Select(p => $"{t.Name}({p.ParameterType.Name})"))
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Engine_ContainsNoSlashCommandSyntax()
    {
        // The engine's string literals, read from its compiled metadata: no "/quiz", "/setup", ... and no "exam:X" hints.
        var engine = Assembly.Load("StudyBot.Engine");
        var text = File.ReadAllText(engine.Location, System.Text.Encoding.Latin1) + System.Text.Encoding.Unicode.GetString(File.ReadAllBytes(engine.Location));
        var names = Engine.Commands.CommandCatalog.All.Select(c => c.Name).ToList();
        var offending = names.Where(n => text.Contains("/" + n + " ", StringComparison.Ordinal) || text.Contains("/" + n + ".", StringComparison.Ordinal) || text.Contains("`/" + n, StringComparison.Ordinal)).ToList();

        Assert.Empty(offending);
        Assert.DoesNotContain("exam:AIF", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Engine_HasNoPlatformConditionalWording()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "StudyBot.Engine");
        var offending = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("Platform.Teams ?", StringComparison.Ordinal) || File.ReadAllText(f).Contains("Platform.Discord ?", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(offending);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StudyBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (StudyBot.sln) was not found.");
    }

    [Fact]
    public void Host_ReferencesEveryPart()
    {
        var references = References("StudyBot.Host");

        Assert.Contains("StudyBot.Engine", references);
        Assert.Contains("StudyBot.Data", references);
    }
}
