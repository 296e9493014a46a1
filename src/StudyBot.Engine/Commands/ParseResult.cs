namespace StudyBot.Engine.Commands;

/// <summary>A checked command, or what was wrong with it (naming the word or value).</summary>
public sealed record ParseResult(CommandInvocation? Invocation, Notice? Error)
{
    public static ParseResult Fail(Notice error) => new(null, error);
}
