namespace StudyBot.BotFramework.Activities;

public sealed record TeamsSettings(TeamsIdName? SelectedChannel = null);
