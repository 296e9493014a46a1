using StudyBot.Tests.Shared;

namespace StudyBot.Engine.Tests;

/// <summary>Matching questions through the quiz, the daily question and the drafts adapters build them with.</summary>
public sealed class MatchingAnswerTests
{
    private static readonly Actor Ann = EngineFixture.Actor("u-ann", "Ann");
    private static readonly Actor Bob = EngineFixture.Actor("u-bob", "Bob");

    private static QuestionBank MatchingBank() => TestBank.Load(TestBank.Yaml + "\n" + TestBank.Matching);

    private static RoundView View(QuestionType type = QuestionType.Matching, int choices = 4, int items = 3) => new RoundView(
        9, RoundKind.Quiz, "q", type, 2, "Match them.", Enumerable.Range(0, choices).Select(i => new ChoiceView(Grader.LabelAt(i), $"Choice {i}")).ToList(),
        type == QuestionType.Matching ? items : choices, "AIF-C01 D3", DateTimeOffset.UnixEpoch, "UTC", 0, 1, 1, false)
    {
        Items = type == QuestionType.Matching ? Enumerable.Range(1, items).Select(i => new ItemView(i, $"Item {i}")).ToList() : [],
    };

    [Fact]
    public async Task Quiz_Matching_ShowsItemsRefusesBadShapesWithoutAWriteThenGradesOnce()
    {
        var fx = new EngineFixture(MatchingBank());
        var sut = fx.Get<QuizService>();
        var start = await sut.StartAsync(Ann, new QuizRequest("AIF-C01", 3, 1), CancellationToken.None);
        var view = start.First!;
        var round = fx.Stores.Rounds.Rounds.Single(r => r.Id == view.RoundId);
        var correct = Grader.CorrectLabels(fx.Bank.Get("t-match"), round.ChoiceOrder);

        Assert.Equal(QuestionType.Matching, view.Type);
        Assert.Equal([(1, "Turn speech into text"), (2, "Turn text into speech"), (3, "Read text from scanned forms")], view.Items.Select(i => (i.Number, i.Text)));
        Assert.Equal(4, view.Choices.Count);

        var twice = await sut.AnswerAsync(view.RoundId, Ann, [correct[0], correct[0], correct[2]], CancellationToken.None);
        var missing = await sut.AnswerAsync(view.RoundId, Ann, [correct[0], "", correct[2]], CancellationToken.None);
        var unknown = await sut.AnswerAsync(view.RoundId, Ann, [correct[0], "Z", correct[2]], CancellationToken.None);
        Assert.Equal(AnswerOutcome.Invalid, twice.Result.Outcome);
        Assert.Contains($"{correct[0]} is matched to items 1 and 2", EngineFixture.Say(twice.Result.Message), StringComparison.Ordinal);
        Assert.Equal("Pick a match for item 2: every item needs one.", EngineFixture.Say(missing.Result.Message));
        Assert.StartsWith("Z is not one of the choices (A, B, C, D)", EngineFixture.Say(unknown.Result.Message), StringComparison.Ordinal);
        Assert.Empty(fx.Stores.Answers.Answers);

        var right = await sut.AnswerAsync(view.RoundId, Ann, correct, CancellationToken.None);
        var again = await sut.AnswerAsync(view.RoundId, Ann, correct, CancellationToken.None);

        Assert.Equal(AnswerOutcome.Recorded, right.Result.Outcome);
        Assert.True(right.Result.Correct);
        Assert.Equal(2, right.Result.Points);
        Assert.Equal(AnswerOutcome.AlreadyAnswered, again.Result.Outcome);
        Assert.Contains($"1 → {correct[0]}, 2 → {correct[1]}, 3 → {correct[2]}", EngineFixture.Say(again.Result.Message), StringComparison.Ordinal);
        var answer = Assert.Single(fx.Stores.Answers.Answers);
        Assert.Equal(["B", "A", "C"], answer.Keys);
    }

    [Fact]
    public async Task Daily_Matching_KeepsTheKeyUntilTheRevealThenTalliesWhoMatchedEveryItem()
    {
        var fx = new EngineFixture(MatchingBank());
        var channel = await fx.ChannelAsync();
        var now = fx.Time.GetUtcNow();
        var (round, _) = await fx.Stores.Rounds.AddRoundOrGetExistingAsync(new Round
        {
            Kind = RoundKind.Daily, ChannelId = channel.Id, CommunityId = channel.CommunityId, LocalDate = DateOnly.FromDateTime(now.UtcDateTime),
            QuestionId = "t-match", ChoiceOrder = "DBAC", OpensAt = now, ClosesAt = now.AddMinutes(480),
        }, CancellationToken.None);
        var answers = fx.Get<AnswerService>();

        // Shown D, B, A, C: item 1 (key B) is label B, item 2 (key A) is label C, item 3 (key C) is label D.
        var ann = await answers.SubmitAsync(round.Id, Ann, ["B", "C", "D"], CancellationToken.None);
        var bob = await answers.SubmitAsync(round.Id, Bob, ["C", "B", "D"], CancellationToken.None);
        fx.Time.Advance(TimeSpan.FromMinutes(481));
        var (_, reveal) = await fx.Get<DailyRoundService>().GetLatestAsync(channel, CancellationToken.None);

        Assert.Equal(AnswerOutcome.Recorded, ann.Outcome);
        Assert.Null(ann.Correct);
        Assert.Empty(ann.CorrectLabels);
        Assert.StartsWith("Recorded 1 → B, 2 → C, 3 → D. The answer is revealed at", EngineFixture.Say(ann.Message), StringComparison.Ordinal);
        Assert.Equal(AnswerOutcome.Recorded, bob.Outcome);
        Assert.NotNull(reveal);
        Assert.Equal(["B", "C", "D"], reveal.CorrectLabels);
        Assert.Equal("1 → B: Amazon Transcribe; 2 → C: Amazon Polly; 3 → D: Amazon Textract", reveal.CorrectText);
        Assert.Equal([("✓", 1), ("✗", 1)], reveal.Tallies.Select(t => (t.Label, t.Count)));
        Assert.Equal(["Ann"], reveal.CorrectNames);
        Assert.Equal(3, reveal.Round.Items.Count);
    }

    [Fact]
    public void Draft_Matching_PicksPerItemEncodesOpenItemsAndSaysWhatIsLeft()
    {
        var round = View();
        var sut = AnswerDraft.Start(round).Match(1, "B").Match(3, "D");

        Assert.Equal("B-D", sut.State);
        Assert.Equal("B", sut.PickFor(1));
        Assert.Null(sut.PickFor(2));
        Assert.False(sut.IsComplete);
        Assert.Equal("Pick a match for item 2: every item needs one.", sut.Problem);
        Assert.Equal("Matched so far: 1 → B, 3 → D. Still to match: item 2.", EngineFixture.Say(sut.Status));

        var full = AnswerDraft.Parse(round, sut.State)!.Match(2, "A");
        Assert.True(full.IsComplete);
        Assert.Equal(["B", "A", "D"], full.Labels);
        Assert.Equal("Your matches: 1 → B, 2 → A, 3 → D. Submit them when you are ready.", EngineFixture.Say(full.Status));

        var twice = full.Match(2, "B");
        Assert.Equal("B is matched to items 1 and 2: each choice fits one item only, so use a label once.", twice.Problem);
        Assert.Equal("---", full.Clear().State);
        Assert.Same(full, full.Match(4, "A"));
        Assert.Same(full, full.Match(1, "F"));
    }

    [Fact]
    public void Draft_Ordering_PlacesFromTheRestUndoesAndStartsOver()
    {
        var round = View(QuestionType.Ordering, choices: 3);
        var sut = AnswerDraft.Start(round).Place("C").Place("A");

        Assert.Equal("CA", sut.State);
        Assert.Equal(["B"], sut.Remaining.Select(c => c.Label));
        Assert.Equal("Put all 3 choices in order.", sut.Problem);
        Assert.Equal("Your order so far: C → A. Pick the next step.", EngineFixture.Say(sut.Status));
        Assert.Same(sut, sut.Place("C"));
        Assert.Equal("C", sut.Undo().State);
        Assert.Equal(string.Empty, sut.Clear().State);
        Assert.Equal("Build the order: pick the first step.", EngineFixture.Say(sut.Clear().Status));

        var full = sut.Place("B");
        Assert.True(full.IsComplete);
        Assert.Equal("Your order: C → A → B. Submit it, or undo the last step to change it.", EngineFixture.Say(full.Status));
    }

    [Theory]
    [InlineData(QuestionType.Ordering, "CC")]
    [InlineData(QuestionType.Ordering, "CAD")]
    [InlineData(QuestionType.Ordering, "CABA")]
    [InlineData(QuestionType.Matching, "B-")]
    [InlineData(QuestionType.Matching, "B-Z")]
    [InlineData(QuestionType.Matching, "B-C-")]
    [InlineData(QuestionType.Single, "")]
    public void Draft_Parse_StateThatCannotBeThisQuestions_IsNull(QuestionType type, string state)
    {
        Assert.Null(AnswerDraft.Parse(View(type, choices: 3), state));
    }

    [Theory]
    [InlineData("1B 2A 3C", new[] { "B", "A", "C" })]
    [InlineData("3c, 1-b 2:a", new[] { "B", "A", "C" })]
    [InlineData("1B2A3C", new[] { "B", "A", "C" })]
    [InlineData("1 → B; 2 → A; 3 → C", new[] { "B", "A", "C" })]
    [InlineData("B A C", new[] { "B", "A", "C" })]
    [InlineData("bac", new[] { "B", "A", "C" })]
    [InlineData("1B 3C", new[] { "B", "", "C" })]
    public void Input_Matching_ReadsPairsInAnyOrder(string input, string[] expected)
    {
        var (labels, problem) = AnswerInput.Parse(View(), input);

        Assert.Null(problem);
        Assert.Equal(expected, labels);
    }

    [Theory]
    [InlineData("", "Give each item's number with its letter, e.g. 1B 2A 3C.")]
    [InlineData("1B 1A 3C", "Item 1 is given twice (1B and 1A): give each item one letter.")]
    [InlineData("1B 2A 4C", "There is no item 4: the items are 1 to 3. Give each item's number with its letter, e.g. 1B 2A 3C.")]
    [InlineData("1B 2AB 3C", "I can't read '2AB'. Give each item's number with its letter, e.g. 1B 2A 3C.")]
    [InlineData("1B 2A 3C please", "I can't read 'please'. Give each item's number with its letter, e.g. 1B 2A 3C.")]
    [InlineData("hello", "I can't read 'hello'. Give each item's number with its letter, e.g. 1B 2A 3C.")]
    public void Input_Matching_MalformedTextSaysWhatIsWrong(string input, string expected)
    {
        var (labels, problem) = AnswerInput.Parse(View(), input);

        Assert.Null(labels);
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void Input_OtherTypes_AreLetters()
    {
        Assert.Equal(["C", "A", "B"], AnswerInput.Parse(View(QuestionType.Ordering, 3), "c a b").Labels);
    }
}
