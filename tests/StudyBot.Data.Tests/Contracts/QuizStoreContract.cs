namespace StudyBot.Data.Tests.Contracts;

public abstract class QuizStoreContract<TTarget> : StoreContract<TTarget>
    where TTarget : IStoreTarget, new()
{
    private async Task<Quiz> QuizAsync(StoresUnderTest s, IReadOnlyList<string> questions)
    {
        var (community, channel) = await ChannelAsync(s);
        var member = await s.Members.EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);
        return await s.Quizzes.AddQuizAsync(new Quiz
        {
            MemberId = member.Id,
            Platform = Platform.Discord,
            ChannelId = channel.Id,
            CommunityId = community.Id,
            Exam = "AIF-C01",
            Domain = 2,
            QuestionIds = questions,
            StartedAt = Time.GetUtcNow(),
        }, None);
    }

    [SkippableFact]
    public async Task AddQuiz_QuestionIdsInOrder_ReadBackAsGiven()
    {
        await using var s = await StoresAsync();

        var added = await QuizAsync(s, ["q2", "q1", "q3"]);

        Assert.NotEqual(0, added.Id);
        var found = await s.Quizzes.FindQuizAsync(added.Id, None);
        Assert.Equal(["q2", "q1", "q3"], found!.QuestionIds);
        Assert.Equivalent(added with { QuestionIds = found.QuestionIds }, found, strict: true);
        Assert.Null(await s.Quizzes.FindQuizAsync(added.Id + 1000, None));
    }

    [SkippableFact]
    public async Task FinishQuiz_OnlyOnce_KeepsTheFirstTime()
    {
        await using var s = await StoresAsync();
        var quiz = await QuizAsync(s, ["q1"]);
        var at = Time.GetUtcNow().AddMinutes(3);

        var first = await s.Quizzes.FinishQuizAsync(quiz.Id, at, None);
        var second = await s.Quizzes.FinishQuizAsync(quiz.Id, at.AddMinutes(1), None);
        var unknown = await s.Quizzes.FinishQuizAsync(quiz.Id + 1000, at, None);

        Assert.Equal(at, first!.FinishedAt);
        Assert.Equal(at, second!.FinishedAt);
        Assert.Null(unknown);
    }

    [SkippableFact]
    public async Task ReturnedCopy_ItsQuestionsChangedByTheCaller_LeavesTheStoreAsItWas()
    {
        await using var s = await StoresAsync();
        var questions = new List<string> { "q1", "q2" };
        var quiz = await QuizAsync(s, questions);

        questions.Add("given-list-changed");
        if (quiz.QuestionIds is List<string> returned)
        {
            returned.Add("returned-list-changed");
        }

        _ = quiz with { FinishedAt = Time.GetUtcNow() };
        var stored = await s.Quizzes.FindQuizAsync(quiz.Id, None);
        Assert.Equal(["q1", "q2"], stored!.QuestionIds);
        Assert.Null(stored.FinishedAt);
    }
}
