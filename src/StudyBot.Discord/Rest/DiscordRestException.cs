using System.Net;

namespace StudyBot.Discord.Rest;

/// <summary>A Discord REST call that failed for good: after retries, or with a status that retrying cannot fix.</summary>
public sealed class DiscordRestException(HttpStatusCode? status, int? code, string message) : Exception(message)
{
    public HttpStatusCode? Status { get; } = status;

    /// <summary>Discord's JSON error code, e.g. 10062 Unknown interaction.</summary>
    public int? Code { get; } = code;
}
