namespace StudyBot.Discord.Interactions;

public static class MessageFlags
{
    public const int Ephemeral = 1 << 6;
}
