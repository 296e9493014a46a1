namespace StudyBot.BotFramework.Activities;

public sealed record TeamsIdName(string? Id, string? Name = null, string? AadGroupId = null);
