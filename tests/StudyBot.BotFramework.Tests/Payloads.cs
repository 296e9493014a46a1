namespace StudyBot.BotFramework.Tests;

internal static class Payloads
{
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", relativePath));
}
