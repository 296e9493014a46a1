using System.Text.Json;

namespace StudyBot.Discord.Tests;

/// <summary>The recorded payloads copied beside the tests.</summary>
internal static class Payloads
{
    public static string Path(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, "Payloads", relative);

    public static byte[] Bytes(string relative) => File.ReadAllBytes(Path(relative));

    public static JsonDocument Json(string relative) => JsonDocument.Parse(File.ReadAllText(Path(relative)));
}
