namespace StudyBot.BotFramework.Activities;

public sealed record TeamsNotification(bool Alert);
