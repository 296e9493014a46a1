using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Cards;
using StudyBot.Engine.Model;
using StudyBot.Engine.Questions;
using StudyBot.Engine.Services;

namespace StudyBot.BotFramework.Handlers;

/// <summary><c>setup</c> (form), <c>setup daily …</c>, <c>setup pause|resume|post-now</c>, <c>setup admins add @member</c>.</summary>
internal sealed class SetupCommandHandler(ChannelSetupService setup, QuestionBank bank, TeamsTurnContext turns, TeamsResponder responder) : ITextCommandHandler
{
    public string Command => "setup";

    public async Task HandleAsync(Activity activity, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var channel = await turns.ChannelAsync(activity, cancellationToken);
        var isAdmin = await turns.IsAdminAsync(channel, activity, cancellationToken);
        var sub = args.Count == 0 ? string.Empty : args[0].ToLowerInvariant();
        var rest = args.Skip(1).ToList();
        NoticeViewOrCard result = sub switch
        {
            "" or "show" or "form" => isAdmin ? new(null, TeamsCards.Setup(channel, bank.Exams)) : new(ChannelSetupService.AdminsOnlyFor(Platform.Teams), null),
            "daily" => await DailyAsync(channel, isAdmin, rest, cancellationToken),
            "pause" => new((await setup.PauseAsync(channel, isAdmin, cancellationToken)).Message, null),
            "resume" => new((await setup.ResumeAsync(channel, isAdmin, cancellationToken)).Message, null),
            "post-now" or "postnow" or "now" => new((await setup.PostNowAsync(channel, isAdmin, cancellationToken)).Message, null),
            "admins" or "admin" => await AdminsAsync(activity, channel, isAdmin, rest, cancellationToken),
            "status" => new(ChannelSetupService.Describe(channel), null),
            _ => new("Use setup, setup daily HH:MM Zone [days] [exam] [reveal], setup pause, setup resume, setup post-now or setup admins add @member.", null),
        };
        if (result.Card is not null)
        {
            await responder.ReplyCardAsync(activity, result.Card, cancellationToken);
        }
        else
        {
            await responder.ReplyTextAsync(activity, result.Message!, cancellationToken);
        }
    }

    private async Task<NoticeViewOrCard> DailyAsync(Engine.Model.Channel channel, bool isAdmin, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var (settings, error) = SetupArguments.ParseDaily(args, bank.Exams);
        if (settings is null)
        {
            return new(isAdmin ? error : ChannelSetupService.AdminsOnlyFor(Platform.Teams), null);
        }

        return new((await setup.ConfigureDailyAsync(channel, isAdmin, settings, cancellationToken)).Message, null);
    }

    private async Task<NoticeViewOrCard> AdminsAsync(Activity activity, Engine.Model.Channel channel, bool isAdmin, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var mentioned = activity.OtherMentions();
        if (args.Count == 0 || !args[0].Equals("add", StringComparison.OrdinalIgnoreCase) || mentioned.Count == 0)
        {
            return new("Use setup admins add @member (mention the member).", null);
        }

        var messages = new List<string>();
        foreach (var member in mentioned)
        {
            var notice = await setup.GrantAdminAsync(channel, isAdmin, member.Id!, member.Name ?? "That member", cancellationToken);
            messages.Add(notice.Message);
            if (!notice.Ok)
            {
                break;
            }
        }

        return new(string.Join(" ", messages), null);
    }

    private sealed record NoticeViewOrCard(string? Message, System.Text.Json.Nodes.JsonObject? Card);
}
