namespace StudyBot.Discord.Tests;

internal sealed record RecordedRequest(string Method, string Path, string Authorization, string UserAgent, string ContentType, string Body, string? FileName,
    string? FileField = null, string? FileContentType = null, string? FileContent = null);
