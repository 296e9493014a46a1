namespace StudyBot.BotFramework.Connector;

/// <summary>A Connector call that failed after its retries, or was refused before it was sent.</summary>
public sealed class ConnectorException(int statusCode, string message) : Exception(message)
{
    /// <summary>The HTTP status, or 0 when the call was never sent (service URL not allowed).</summary>
    public int StatusCode { get; } = statusCode;
}
