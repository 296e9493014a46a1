namespace StudyBot.Engine.Commands;

/// <summary>Runs a checked command for an actor: the one command surface every platform goes through.</summary>
public sealed class CommandRouter(
    ActorResolver actors,
    QuizService quizzes,
    DailyRoundService daily,
    LeaderboardService boards,
    StatsService stats,
    ChannelSetupService setup,
    QuestionBank bank,
    ExamsService exams,
    ReviewSessionService reviews,
    ReviewReminderService reminders,
    MockService mocks,
    PersonalBoardService personalBoards,
    ReviewDeckService decks,
    FlagService flags)
{
    public async Task<CommandResult> RunAsync(Actor actor, CommandInvocation invocation, CancellationToken cancellationToken)
    {
        if (invocation.Name == CommandNames.Quiz)
        {
            // The quiz registers the member only once the request is valid: a refused quiz writes nothing.
            return await QuizAsync(actor, invocation, cancellationToken);
        }

        var context = await actors.ResolveAsync(actor, cancellationToken);
        return invocation.Name switch
        {
            CommandNames.Review => await ReviewAsync(context, invocation, cancellationToken),
            CommandNames.Mock => invocation.SubcommandName == CommandNames.MockHistory ? await mocks.HistoryAsync(context, cancellationToken) : await mocks.StartAsync(context, invocation.Exam(), cancellationToken),
            CommandNames.Daily => await DailyAsync(context, cancellationToken),
            CommandNames.Leaderboard => await BoardAsync(context, invocation, cancellationToken),
            CommandNames.Stats => await StatsAsync(context, invocation, cancellationToken),
            CommandNames.Setup => await SetupAsync(context, invocation, cancellationToken),
            CommandNames.Help => Help(context),
            "exams" => exams.List(),
            CommandNames.Flags => await FlagsAsync(context, invocation, cancellationToken),
            _ => new NoticeResult(CommandParser.UnknownCommand(invocation.Name)),
        };
    }

    /// <summary>Help for where the actor is, without running a command (a greeting, an unknown word).</summary>
    public async Task<HelpResult> HelpAsync(Actor actor, CancellationToken cancellationToken) =>
        Help(await actors.ResolveAsync(actor, cancellationToken));

    private async Task<CommandResult> QuizAsync(Actor actor, CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var start = await quizzes.StartAsync(actor, new QuizRequest(invocation.Exam(), invocation.Integer(CommandNames.Domain), invocation.Integer(CommandNames.Count) ?? QuizService.DefaultCount), cancellationToken);
        return start.First is { } first ? new QuizStartedResult(start.QuizId, first) : new NoticeResult(start.Error!);
    }

    private async Task<CommandResult> ReviewAsync(ActorContext context, CommandInvocation invocation, CancellationToken cancellationToken) => invocation.SubcommandName switch
    {
        null or CommandNames.ReviewStart => await reviews.StartAsync(context, invocation.String(CommandNames.Include) == "retired", cancellationToken),
        CommandNames.ReviewExamDate => new NoticeResult(await reviews.SetExamDateAsync(context, invocation.Date(CommandNames.Date), invocation.Exam(), cancellationToken)),
        CommandNames.ReviewSettings => new NoticeResult(await reviews.SetRetentionAsync(context, invocation.Number(CommandNames.Retention) ?? FsrsScheduler.DefaultRetention, cancellationToken)),
        CommandNames.ReviewRemind => new NoticeResult(await reminders.SetAsync(context, invocation.Time(CommandNames.Time), invocation.String(CommandNames.TimeZone), invocation.String(CommandNames.State) == "off", cancellationToken)),
        CommandNames.ReviewExport => await decks.ExportFileAsync(context, invocation.String(CommandNames.Format) ?? "json", cancellationToken),
        _ => new NoticeResult(CommandParser.UnknownCommand($"review {invocation.SubcommandName}")),
    };

    private async Task<CommandResult> FlagsAsync(ActorContext context, CommandInvocation invocation, CancellationToken cancellationToken) => invocation.SubcommandName switch
    {
        null or CommandNames.FlagsList => await flags.ListAsync(context, cancellationToken),
        CommandNames.FlagsShow => await flags.ShowAsync(context, invocation.String(CommandNames.Id), cancellationToken),
        CommandNames.FlagsResolve => new NoticeResult(await flags.ResolveAsync(context, invocation.String(CommandNames.Id), invocation.String(CommandNames.Action),
            invocation.String(CommandNames.Answer), invocation.String(CommandNames.Note), cancellationToken)),
        _ => new NoticeResult(CommandParser.UnknownCommand($"flags {invocation.SubcommandName}")),
    };

    private async Task<CommandResult> DailyAsync(ActorContext context, CancellationToken cancellationToken)
    {
        if (context.Channel is not { } channel || context.PlaceKind != PlaceKind.Channel)
        {
            return new NoticeResult(Notice.Info("The question of the day is posted in a team channel. Here, try ", CommandRef.Of(CommandNames.Quiz), "."));
        }

        var (open, closed) = await daily.GetLatestAsync(channel, cancellationToken);
        return open is null && closed is null
            ? new DailyResult(null, null, channel.DailyEnabled ? Text.Of("No question has been posted here yet.") : ChannelSetupService.Describe(channel))
            : new DailyResult(open, closed, null);
    }

    private async Task<CommandResult> BoardAsync(ActorContext context, CommandInvocation invocation, CancellationToken cancellationToken)
    {
        if (context.PlaceKind == PlaceKind.Personal)
        {
            // A personal chat has no board of its own: the member's team's, or where boards are.
            return await personalBoards.GetAsync(context, invocation.Period() ?? BoardPeriod.Week, cancellationToken) is { } team
                ? new BoardResult(team)
                : new NoticeResult(Notice.Info("Boards belong to your team's channels: answer the question of the day there to get on one. Your own results are in ",
                    CommandRef.Of(CommandNames.Stats), "."));
        }

        var board = await boards.GetForAsync(context, invocation.Period() ?? BoardPeriod.Week, invocation.Scope() ?? BoardScope.Channel, cancellationToken);
        return board is null
            ? new NoticeResult(Notice.Info("Boards belong to a channel: ask in your team's channel, or see your own results with ", CommandRef.Of(CommandNames.Stats), "."))
            : new BoardResult(board);
    }

    private async Task<CommandResult> StatsAsync(ActorContext context, CommandInvocation invocation, CancellationToken cancellationToken)
    {
        switch (invocation.String(CommandNames.Privacy))
        {
            case "hide":
                return new NoticeResult(await stats.SetPrivacyAsync(context, true, cancellationToken));
            case "show":
                return new NoticeResult(await stats.SetPrivacyAsync(context, false, cancellationToken));
        }

        var (view, refusal) = await stats.GetForAsync(context, invocation.Member(CommandNames.Member), cancellationToken);
        return view is null ? new NoticeResult(refusal!) : new StatsResult(view);
    }

    private async Task<CommandResult> SetupAsync(ActorContext context, CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var notice = invocation.SubcommandName switch
        {
            null => null,
            CommandNames.SetupDaily => await setup.ConfigureDailyAsync(context, invocation, cancellationToken),
            CommandNames.SetupPause => await setup.PauseAsync(context, cancellationToken),
            CommandNames.SetupResume => await setup.ResumeAsync(context, cancellationToken),
            CommandNames.SetupPostNow => await setup.PostNowAsync(context, cancellationToken),
            CommandNames.SetupStatus => setup.Status(context),
            CommandNames.SetupAdmins => await setup.GrantAdminAsync(context, invocation.Member(CommandNames.Member) is { } m ? [m] : [], cancellationToken),
            _ => CommandParser.UnknownCommand($"setup {invocation.SubcommandName}"),
        };
        if (notice is not null)
        {
            return new NoticeResult(notice);
        }

        if (context.Channel is not { } channel || context.PlaceKind != PlaceKind.Channel)
        {
            return new NoticeResult(setup.Status(context));
        }

        return context.MayAdminister
            ? new SetupFormResult(channel, bank.Exams, SetupFormChoices.ZoneFor(channel, context.Community))
            : new NoticeResult(new Notice(NoticeKind.AdminsOnly, ChannelSetupService.AdminsOnly.Text.Append(" ").Append(ChannelSetupService.Describe(channel))));
    }

    private static HelpResult Help(ActorContext context)
    {
        var inChannel = context.PlaceKind == PlaceKind.Channel;
        var commands = CommandCatalog.All
            .Where(c => inChannel || c.Name is not (CommandNames.Setup or CommandNames.Daily))
            .Where(c => !c.AdminOnly || context.MayAdminister)
            .ToList();
        var how = inChannel
            ? Text.Of("Every posting day I ask the channel one exam question. Answer with a click: nobody sees your pick, and the answer with its explanation is revealed later. ",
                "Points go on the channel's board, and answering every day keeps a streak. Anytime, ", CommandRef.Of(CommandNames.Quiz), " starts a quiz only you see.")
            : Text.Of("Here you can practise on your own: ", CommandRef.Of(CommandNames.Quiz), " starts a quiz, and ", CommandRef.Of(CommandNames.Stats),
                " shows your accuracy per exam domain, ", CommandRef.Of(CommandNames.Leaderboard), " your team's board. The question of the day is posted in your team's channels.");
        IReadOnlyList<CommandRef> actions = inChannel
            ? [CommandRef.Of(CommandNames.Quiz), CommandRef.Of(CommandNames.Daily), CommandRef.Of(CommandNames.Leaderboard), CommandRef.Of(CommandNames.Stats)]
            : [CommandRef.Of(CommandNames.Quiz), CommandRef.Of(CommandNames.Review), CommandRef.Of(CommandNames.Stats), CommandRef.Of(CommandNames.Leaderboard)];
        return new HelpResult(new HelpView(how, commands, context.MayAdminister, context.PlaceKind) { Actions = actions });
    }
}
