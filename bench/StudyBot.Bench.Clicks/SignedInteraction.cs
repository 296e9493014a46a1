namespace StudyBot.Bench.Clicks;

/// <summary>An interaction body as Discord would send it, with its timestamp and Ed25519 signature (lower-case hex).</summary>
internal sealed record SignedInteraction(byte[] Body, string Timestamp, string Signature);
