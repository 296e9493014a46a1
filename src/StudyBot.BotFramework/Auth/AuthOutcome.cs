namespace StudyBot.BotFramework.Auth;

public enum AuthOutcome
{
    /// <summary>A valid Bot Connector token.</summary>
    Authenticated,

    /// <summary>Development mode: no AppId, a request from this machine.</summary>
    Anonymous,

    /// <summary>401.</summary>
    Unauthorized,

    /// <summary>403: the signing key is not endorsed for the activity's channel.</summary>
    Forbidden,
}
