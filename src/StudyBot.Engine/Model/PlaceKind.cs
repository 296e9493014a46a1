namespace StudyBot.Engine.Model;

public enum PlaceKind
{
    /// <summary>A channel or group chat several members share.</summary>
    Channel = 0,

    /// <summary>A one-to-one chat between a member and the bot (Teams personal chat, a Discord DM).</summary>
    Personal = 1,

    /// <summary>The host's terminal.</summary>
    Terminal = 2,
}
