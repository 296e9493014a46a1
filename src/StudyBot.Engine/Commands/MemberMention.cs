namespace StudyBot.Engine.Commands;

/// <summary>A member named in a command (a Discord user option, a Teams @mention).</summary>
public sealed record MemberMention(string UserId, string DisplayName);
