using System.IO.Compression;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace StudyBot.BotFramework.Packaging;

/// <summary>
/// <c>teams package</c>: builds the Teams app zip (manifest.json with the bot id and command lists, color.png, outline.png)
/// from <c>deploy/teams/manifest.template.json</c>. Icons in that folder are used when present, otherwise drawn.
/// </summary>
public sealed class TeamsPackager(IOptions<BotFrameworkOptions> options)
{
    public const string TemplateFolder = "deploy/teams";
    public const string TemplateName = "manifest.template.json";

    /// <summary>Where the template is looked for: this folder and its parents, then beside the app.</summary>
    public string? TemplateDirectory { get; set; }

    public async Task<int> PackageAsync(string outputPath, TextWriter output, CancellationToken cancellationToken)
    {
        var appId = options.Value.AppId?.Trim();
        if (string.IsNullOrEmpty(appId) || !Guid.TryParse(appId, out _))
        {
            await output.WriteLineAsync("BotFramework:AppId must be set to the Azure Bot's Microsoft App ID (a GUID) to build the Teams package.");
            return 2;
        }

        var folder = TemplateDirectory ?? FindTemplateFolder();
        if (folder is null || !File.Exists(Path.Combine(folder, TemplateName)))
        {
            await output.WriteLineAsync($"No {TemplateFolder}/{TemplateName} found from {Directory.GetCurrentDirectory()}.");
            return 2;
        }

        JsonNode? manifest;
        try
        {
            var template = await File.ReadAllTextAsync(Path.Combine(folder, TemplateName), cancellationToken);
            manifest = JsonNode.Parse(template.Replace("{{BOT_ID}}", appId, StringComparison.Ordinal));
        }
        catch (System.Text.Json.JsonException ex)
        {
            await output.WriteLineAsync($"{TemplateName} is not valid JSON: {ex.Message}");
            return 2;
        }

        if (manifest?["bots"] is JsonArray { Count: > 0 } bots && bots[0] is JsonObject bot)
        {
            bot["commandLists"] = CommandLists();
        }

        var color = await ReadOrDrawAsync(Path.Combine(folder, "color.png"), PngIcon.Color, cancellationToken);
        var outline = await ReadOrDrawAsync(Path.Combine(folder, "outline.png"), PngIcon.Outline, cancellationToken);
        var full = Path.GetFullPath(outputPath);
        if (Path.GetDirectoryName(full) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        await using (var file = File.Create(full))
        await using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            await WriteEntryAsync(zip, "manifest.json", System.Text.Encoding.UTF8.GetBytes(manifest!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true })), cancellationToken);
            await WriteEntryAsync(zip, "color.png", color, cancellationToken);
            await WriteEntryAsync(zip, "outline.png", outline, cancellationToken);
        }

        await output.WriteLineAsync($"Wrote {full}. Upload it in Teams: Apps > Manage your apps > Upload an app.");
        return 0;
    }

    /// <summary>The command menus Teams shows, made from the engine's catalog: all commands in teams, the personal ones in a chat.</summary>
    public static JsonArray CommandLists()
    {
        JsonObject List(string scope, IEnumerable<CommandDefinition> commands) => new()
        {
            ["scopes"] = new JsonArray(scope),
            ["commands"] = new JsonArray([.. commands.Take(10).Select(c => (JsonNode)new JsonObject
            {
                ["title"] = c.Name,
                ["description"] = c.Description.Length <= 128 ? c.Description : c.Description[..127] + "…",
            })]),
        };

        var personal = new[] { CommandNames.Quiz, CommandNames.Stats, CommandNames.Help };
        return
        [
            List("team", CommandCatalog.All),
            List("personal", CommandCatalog.All.Where(c => personal.Contains(c.Name))),
            List("groupChat", CommandCatalog.All.Where(c => c.Name != CommandNames.Setup)),
        ];
    }

    private static async Task WriteEntryAsync(ZipArchive zip, string name, byte[] content, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await stream.WriteAsync(content, cancellationToken);
    }

    private static async Task<byte[]> ReadOrDrawAsync(string path, Func<byte[]> draw, CancellationToken cancellationToken) =>
        File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : draw();

    private static string? FindTemplateFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, TemplateFolder);
                if (File.Exists(Path.Combine(candidate, TemplateName)))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
