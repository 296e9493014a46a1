namespace StudyBot.Host.Cli;

/// <summary>What the host's exit code means, for every verb and for running the bot; printed under --help and in the README.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran and found a problem: lint findings, a refused registration, input that ended early.</summary>
    public const int Problems = 1;

    /// <summary>The command line: an unknown verb or option, a missing or malformed value.</summary>
    public const int Usage = 2;

    /// <summary>A setting is missing or invalid; the message names the key and its environment variable.</summary>
    public const int Configuration = 3;

    /// <summary>The question bank does not load; the message names the file, question and field.</summary>
    public const int QuestionBank = 4;

    /// <summary>
    /// Something outside the app refused: the database (unreachable, wrong password, no such database), the port, the
    /// data folder. The message names the setting to change.
    /// </summary>
    public const int Environment = 5;

    public const string Help = """
        Exit codes:
          0  success
          1  the command ran and found problems (lint findings, a refused registration, input ended early)
          2  usage: unknown command or option, a missing or malformed value
          3  configuration: a setting is missing or invalid (the message names the key, e.g. Discord:BotToken / Discord__BotToken)
          4  the question bank does not load (the message names file, question id and field)
          5  environment: database unreachable or refusing, port in use, data folder not writable
        """;
}
