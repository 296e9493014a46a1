namespace StudyBot.Engine.Model;

public enum Platform
{
    Discord = 1,
    Teams = 2,
    Terminal = 3,
}
