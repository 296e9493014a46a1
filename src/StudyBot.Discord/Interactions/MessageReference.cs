namespace StudyBot.Discord.Interactions;

/// <summary>A reply target; with <c>fail_if_not_exists: false</c> a deleted question does not stop the post.</summary>
public sealed record MessageReference(string MessageId, bool FailIfNotExists = false);
