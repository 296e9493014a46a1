namespace StudyBot.Engine.Tests;

public sealed class CommandSurfaceTests
{
    private readonly EngineFixture _fx = new();

    [Theory]
    [InlineData("quiz", null, null, null)]
    [InlineData("quiz 5", null, null, 5)]
    [InlineData("quiz AIF-C01 2 5", "AIF-C01", 2, 5)]
    [InlineData("quiz aif-c01 domain 2 count 5", "AIF-C01", 2, 5)]
    [InlineData("quiz exam:AIF-C01 count=3", "AIF-C01", null, 3)]
    [InlineData("/quiz count:4 exam:MLA-C01", "MLA-C01", null, 4)]
    public void ParseText_Quiz_ReadsPositionalAndNamedValues(string text, string? exam, int? domain, int? count)
    {
        var invocation = CommandParser.ParseText(text).Invocation;

        Assert.NotNull(invocation);
        Assert.Equal((exam, domain, count), (invocation.Exam(), invocation.Integer(CommandNames.Domain), invocation.Integer(CommandNames.Count)));
    }

    [Theory]
    [InlineData("leaderboard fortnight", "'fortnight'")]
    [InlineData("leaderboard period:fortnight", "'fortnight' is not a period")]
    [InlineData("leaderboard scope:galaxy", "'galaxy' is not a scope")]
    [InlineData("quiz AWS/ML", "I don't understand 'AWS/ML' here: quiz takes exam, domain or count")]
    [InlineData("quiz exam:AWS/ML", "'AWS/ML' is not an exam code")]
    [InlineData("quiz count:abc", "count must be a whole number, not 'abc'")]
    [InlineData("quiz count:50", "count 50 is out of range")]
    [InlineData("quiz domain:2", "Choose exam to go with domain")]
    [InlineData("quizz", "I don't know the command 'quizz'")]
    [InlineData("setup daily 09:00", "needs timezone")]
    public void ParseText_BadWord_IsAnErrorNamingIt(string text, string expected)
    {
        var parsed = CommandParser.ParseText(text);

        Assert.Null(parsed.Invocation);
        Assert.Equal(NoticeKind.Invalid, parsed.Error!.Kind);
        Assert.Contains(expected, EngineFixture.Say(parsed.Error.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RawKind.String, "5")]
    [InlineData(RawKind.String, "abc")]
    [InlineData(RawKind.Number, "1.5")]
    [InlineData(RawKind.Number, "9223372036854775808")]
    [InlineData(RawKind.Number, "1e400")]
    [InlineData(RawKind.Boolean, "true")]
    public void Bind_WronglyTypedCount_IsRefusedNamingTheOption(RawKind kind, string value)
    {
        var parsed = CommandParser.Bind(CommandNames.Quiz, null, [KeyValuePair.Create(CommandNames.Count, new RawValue(kind, value))], typed: true);

        Assert.Null(parsed.Invocation);
        Assert.Contains("count must be a whole number", EngineFixture.Say(parsed.Error!.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_TypedNumber_IsTheCount()
    {
        var parsed = CommandParser.Bind(CommandNames.Quiz, null, [KeyValuePair.Create(CommandNames.Count, new RawValue(RawKind.Number, "7"))], typed: true);

        Assert.Equal(7, parsed.Invocation!.Integer(CommandNames.Count));
    }

    [Fact]
    public async Task Quiz_UnknownExam_ListsTheActiveExamsAndStartsNothing()
    {
        var result = await _fx.Get<CommandRouter>().RunAsync(EngineFixture.Actor("u-ana"), CommandParser.ParseText("quiz AWS-ML").Invocation!, CancellationToken.None);

        var said = EngineFixture.Say(Assert.IsType<NoticeResult>(result).Notice.Text);
        Assert.Contains("'AWS-ML' is not an exam I know; use AIF-C01, MLA-C01, AIP-C01", said, StringComparison.Ordinal);
        Assert.Contains("retired: MLS-C01", said, StringComparison.Ordinal);
        Assert.Empty(_fx.Stores.Rounds.Rounds);
    }

    [Fact]
    public void Bind_EmptyExam_IsRefused()
    {
        var parsed = CommandParser.Bind(CommandNames.Quiz, null, [KeyValuePair.Create(CommandNames.Exam, new RawValue(RawKind.String, " "))]);

        Assert.Null(parsed.Invocation);
        Assert.Contains("exam is empty", EngineFixture.Say(parsed.Error!.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Format_DigestHint_ParsesBackWithTheTextGrammar()
    {
        var hint = CommandRef.Of(CommandNames.Quiz, (CommandNames.Exam, "AIF-C01"), (CommandNames.Domain, "2"));

        var text = CommandParser.Format(hint);
        var parsed = CommandParser.ParseText(text).Invocation!;

        Assert.Equal("quiz AIF-C01 2", text);
        Assert.Equal(("AIF-C01", 2), (parsed.Exam(), parsed.Integer(CommandNames.Domain)));
    }

    [Fact]
    public void Format_CountWithoutDomain_IsWrittenNamedSoItParsesBack()
    {
        var hint = CommandRef.Of(CommandNames.Quiz, (CommandNames.Exam, "AIF-C01"), (CommandNames.Count, "5"));

        var parsed = CommandParser.ParseText(CommandParser.Format(hint)).Invocation!;

        Assert.Equal(("AIF-C01", null, 5), (parsed.Exam(), parsed.Integer(CommandNames.Domain), parsed.Integer(CommandNames.Count)));
    }

    [Fact]
    public async Task Stats_OfAHiddenMember_IsPrivateAndNamesNoFigures()
    {
        await _fx.ChannelAsync();
        var hidden = await _fx.Stores.Members.EnsureMemberAsync(Platform.Discord, "u-hid", "Hidden Hal", CancellationToken.None);
        await _fx.Stores.Members.SetHiddenFromBoardsAsync(hidden.Id, true, CancellationToken.None);
        var invocation = CommandParser.ParseText("stats", [new MemberMention("u-hid", "Hidden Hal")]).Invocation!;

        var result = await _fx.Get<CommandRouter>().RunAsync(EngineFixture.Actor("u-ana", "Ana"), invocation, CancellationToken.None);

        var notice = Assert.IsType<NoticeResult>(result).Notice;
        Assert.Equal(NoticeKind.Private, notice.Kind);
        Assert.Equal(Audience.Private, result.Audience);
    }

    [Fact]
    public async Task Stats_OwnWhenHidden_AreShownToThemselvesOnly()
    {
        await _fx.ChannelAsync();
        await _fx.Get<CommandRouter>().RunAsync(EngineFixture.Actor("u-hid"), CommandParser.ParseText("stats hide").Invocation!, CancellationToken.None);

        var result = await _fx.Get<CommandRouter>().RunAsync(EngineFixture.Actor("u-hid"), CommandParser.ParseText("stats").Invocation!, CancellationToken.None);

        var stats = Assert.IsType<StatsResult>(result);
        Assert.True(stats.Stats.HiddenFromBoards);
        Assert.Equal(Audience.Private, stats.Audience);
    }

    [Fact]
    public async Task Reveal_HiddenMember_CountsButIsNotNamed()
    {
        var channel = await _fx.ChannelAsync();
        var daily = _fx.Get<DailyRoundService>();
        var (round, _) = (await daily.OpenAsync(channel, new DateOnly(2026, 11, 23), CancellationToken.None))!.Value;
        var key = Questions.Grader.CorrectLabels(_fx.Bank.Get(round.QuestionId), round.ChoiceOrder);
        var answers = _fx.Get<Answers.AnswerService>();
        await answers.SubmitAsync(round.Id, EngineFixture.Actor("u-ana", "Ana"), key, CancellationToken.None);
        await answers.SubmitAsync(round.Id, EngineFixture.Actor("u-hid", "Hidden Hal"), key, CancellationToken.None);
        var hal = (await _fx.Stores.Members.FindMemberAsync(Platform.Discord, "u-hid", CancellationToken.None))!;
        await _fx.Stores.Members.SetHiddenFromBoardsAsync(hal.Id, true, CancellationToken.None);

        var reveal = await daily.BuildRevealAsync(round, channel, CancellationToken.None);

        Assert.Equal(["Ana"], reveal.CorrectNames);
        Assert.Equal(2, reveal.AnswerCount);
    }

    [Fact]
    public async Task Help_InAPersonalChat_OffersOnlyWhatWorksThere()
    {
        var result = await _fx.Get<CommandRouter>().HelpAsync(EngineFixture.Actor("u-ana", kind: PlaceKind.Personal), CancellationToken.None);

        var names = result.Help.Commands.Select(c => c.Name).ToList();
        Assert.Contains(CommandNames.Quiz, names);
        Assert.DoesNotContain(CommandNames.Setup, names);
        Assert.DoesNotContain(CommandNames.Daily, names);
    }

    [Fact]
    public async Task Exams_ListsTheCatalogWithBankCounts_RetiredLast()
    {
        var result = await _fx.Get<CommandRouter>().RunAsync(EngineFixture.Actor("u-ana"), CommandParser.ParseText("exams").Invocation!, CancellationToken.None);

        var exams = Assert.IsType<ExamsResult>(result);
        Assert.Equal(Audience.Private, exams.Audience);
        Assert.Equal(_fx.Bank.Exams.All.Select(e => e.Code), exams.Exams.Select(e => e.Exam.Code));
        Assert.Equal(_fx.Bank.Filter("AIF-C01", null).Count, exams.Exams.Single(e => e.Exam.Code == "AIF-C01").Questions);
        Assert.False(exams.Exams[^1].Exam.IsActive);
    }

    [Fact]
    public void Engine_WritesNoSlashCommandSyntax()
    {
        foreach (var command in CommandCatalog.All)
        {
            var written = CommandParser.Format(new CommandRef(command.Name));
            Assert.False(written.StartsWith('/'), written);
        }
    }
}
