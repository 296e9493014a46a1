using StudyBot.BotFramework.Activities;

namespace StudyBot.BotFramework.Handlers;

/// <summary>One text command (<c>quiz</c>, <c>daily</c>, …), given the words after it.</summary>
internal interface ITextCommandHandler
{
    string Command { get; }

    Task HandleAsync(Activity activity, IReadOnlyList<string> args, CancellationToken cancellationToken);
}
