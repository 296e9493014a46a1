using Microsoft.IdentityModel.Tokens;

namespace StudyBot.BotFramework.Auth;

/// <summary>The Bot Connector's signing keys by key id, each with the channel ids it is endorsed for.</summary>
internal sealed record SigningKeySet(
    IReadOnlyDictionary<string, SecurityKey> Keys,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements,
    DateTimeOffset FetchedAt);
