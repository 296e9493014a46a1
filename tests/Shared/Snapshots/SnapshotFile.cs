using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StudyBot.Tests.Shared.Snapshots;

/// <summary>
/// Golden files for rendered messages and cards, kept beside the test source in <c>Snapshots/golden/NAME.json</c>.
/// To accept changed output, run the suite with <c>STUDYBOT_UPDATE_SNAPSHOTS=1</c>, e.g.
/// <c>STUDYBOT_UPDATE_SNAPSHOTS=1 dotnet test tests/StudyBot.Discord.Tests --filter FullyQualifiedName~Snapshots</c>,
/// then review the diff of the golden files before committing them.
/// </summary>
public static class SnapshotFile
{
    public const string UpdateVariable = "STUDYBOT_UPDATE_SNAPSHOTS";

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) is "1" or "true";

    /// <summary>Compares <paramref name="rendered"/> with the golden file NAME.json in the caller's folder's golden/ (writes it when updating).</summary>
    public static void Match(string name, JsonNode? rendered, [CallerFilePath] string callerFile = "")
    {
        var text = (rendered?.ToJsonString(Indented) ?? "null").ReplaceLineEndings("\n") + "\n";
        var folder = Path.Combine(Path.GetDirectoryName(callerFile)!, "golden");
        var path = Path.Combine(folder, name + ".json");
        if (Updating)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(path, text);
            return;
        }

        Assert.True(File.Exists(path), $"No golden file {path}; run the tests with {UpdateVariable}=1 to write it, then review it.");
        var golden = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (golden != text)
        {
            File.WriteAllText(path + ".actual", text);
        }

        Assert.True(golden == text,
            $"{name} differs from its golden file {path} (the new output is in {path}.actual). If the change is meant, run with {UpdateVariable}=1 and review the diff.\n{text}");
    }
}
