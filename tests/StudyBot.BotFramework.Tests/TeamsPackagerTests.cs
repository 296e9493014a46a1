using System.IO.Compression;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using StudyBot.BotFramework.Packaging;

namespace StudyBot.BotFramework.Tests;

public sealed class TeamsPackagerTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "studybot-teams-" + Guid.NewGuid().ToString("N"));

    public TeamsPackagerTests()
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, TeamsPackager.TemplateName),
            """{"id":"{{BOT_ID}}","bots":[{"botId":"{{BOT_ID}}","commandLists":[{"scopes":["team"],"commands":[{"title":"quiz"}]}]}],"icons":{"color":"color.png","outline":"outline.png"}}""");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task PackageAsync_WithAppId_WritesManifestAndBothIcons()
    {
        var sut = new TeamsPackager(Options.Create(new BotFrameworkOptions { AppId = TestTokens.AppId })) { TemplateDirectory = folder };
        var zipPath = Path.Combine(folder, "out", "studybot-teams.zip");
        using var output = new StringWriter();

        var code = await sut.PackageAsync(zipPath, output, default);

        Assert.Equal(0, code);
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var manifestStream = zip.GetEntry("manifest.json")!.Open();
        var manifest = JsonNode.Parse(manifestStream)!;
        Assert.Equal(TestTokens.AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal((192, 192), PngSize(zip, "color.png"));
        Assert.Equal((32, 32), PngSize(zip, "outline.png"));
    }

    [Fact]
    public async Task PackageAsync_WithoutAppId_FailsWithAMessage()
    {
        var sut = new TeamsPackager(Options.Create(new BotFrameworkOptions())) { TemplateDirectory = folder };
        using var output = new StringWriter();

        var code = await sut.PackageAsync(Path.Combine(folder, "x.zip"), output, default);

        Assert.NotEqual(0, code);
        Assert.Contains("BotFramework:AppId", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PackageAsync_CommittedTemplate_HasBotIdAndCommandLists()
    {
        var sut = new TeamsPackager(Options.Create(new BotFrameworkOptions { AppId = TestTokens.AppId }));
        var zipPath = Path.Combine(folder, "committed.zip");

        var code = await sut.PackageAsync(zipPath, TextWriter.Null, default);

        Assert.Equal(0, code);
        using var zip = ZipFile.OpenRead(zipPath);
        using var manifestStream = zip.GetEntry("manifest.json")!.Open();
        var manifest = JsonNode.Parse(manifestStream)!;
        Assert.Equal(TestTokens.AppId, (string?)manifest["id"]);
        Assert.Contains("quiz", manifest["bots"]![0]!["commandLists"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PackageAsync_CommandLists_AreTheCatalogsCommandsWhateverTheTemplateSays()
    {
        // The template in the test folder lists only "quiz": the packaged manifest must list the catalog instead.
        var sut = new TeamsPackager(Options.Create(new BotFrameworkOptions { AppId = TestTokens.AppId })) { TemplateDirectory = folder };
        var zipPath = Path.Combine(folder, "lists.zip");

        Assert.Equal(0, await sut.PackageAsync(zipPath, TextWriter.Null, default));

        using var zip = ZipFile.OpenRead(zipPath);
        using var manifestStream = zip.GetEntry("manifest.json")!.Open();
        var lists = JsonNode.Parse(manifestStream)!["bots"]![0]!["commandLists"]!.AsArray();
        var byScope = lists.ToDictionary(l => (string)l!["scopes"]![0]!, l => l!["commands"]!.AsArray().Select(c => ((string)c!["title"]!, (string)c["description"]!)).ToList());
        Assert.Equal(["team", "personal", "groupChat"], lists.Select(l => (string)l!["scopes"]!.AsArray().Single()!));
        Assert.Equal(CommandCatalog.All.Select(c => (c.Name, c.Description)), byScope["team"]);
        Assert.Equal(CommandCatalog.All.Where(c => c.Name is CommandNames.Quiz or CommandNames.Stats or CommandNames.Help).Select(c => (c.Name, c.Description)), byScope["personal"]);
        Assert.Equal(CommandCatalog.All.Where(c => c.Name != CommandNames.Setup).Select(c => (c.Name, c.Description)), byScope["groupChat"]);
        Assert.Equal(TeamsPackager.CommandLists().ToJsonString(), lists.ToJsonString());
    }

    [Fact]
    public void CommandLists_EveryTitleIsACommandTheTextGrammarRuns()
    {
        var titles = TeamsPackager.CommandLists().SelectMany(l => l!["commands"]!.AsArray()).Select(c => (string)c!["title"]!).Distinct().ToList();

        Assert.NotEmpty(titles);
        Assert.All(titles, t => Assert.Null(CommandParser.ParseText(t).Error));
        Assert.All(TeamsPackager.CommandLists().SelectMany(l => l!["commands"]!.AsArray()), c => Assert.InRange(((string)c!["description"]!).Length, 1, 128));
    }

    private static (int, int) PngSize(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        var header = new byte[24];
        stream.ReadExactly(header);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], header[..4]);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }
}
