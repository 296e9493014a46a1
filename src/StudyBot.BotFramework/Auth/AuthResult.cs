namespace StudyBot.BotFramework.Auth;

/// <summary>The outcome of authenticating an inbound request, with a reason for the log (never the token).</summary>
public sealed record AuthResult(AuthOutcome Outcome, string Reason)
{
    public bool Accepted => Outcome is AuthOutcome.Authenticated or AuthOutcome.Anonymous;
}
