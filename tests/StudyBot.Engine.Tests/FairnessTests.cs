using StudyBot.Tests.Shared;

namespace StudyBot.Engine.Tests;

public sealed class FairnessTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "studybot-fair-" + Guid.NewGuid().ToString("N"));

    public FairnessTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Measure_KeyOverOneAndAHalfTimesTheLongestDistractor_IsAnError()
    {
        var bank = Bank(Single("long", "A", "Which one fits?", "An answer that is clearly longer", "Short one", "Short two"),
            Single("fine", "A", "Which one fits?", "Twelve chars", "Ten chars.", "Nine char"));

        var sut = BankFairness.Measure(bank);

        var error = Assert.Single(sut.KeyTooLong);
        Assert.Equal(("long", "choices"), (error.QuestionId, error.Field));
        Assert.Contains("3.56x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_KeyStrictlyLongestInMoreThanThirtyPercent_ExceedsTheBankAndExamLimits()
    {
        // 2 of 5 singles (40%) have a strictly longest key: over 30% for the bank and 35% for AIF-C01; MLA-C01 has 0 of 1.
        var bank = Bank(
            Single("l1", "A", "Pick one.", "Longest of all", "Shorter one", "Shorter two"),
            Single("l2", "A", "Pick one.", "Longest of all", "Shorter one", "Shorter two"),
            Single("t1", "A", "Pick one.", "Same length", "Same length", "Shorter"),
            Single("s1", "A", "Pick one.", "Short", "The longest one", "Medium one"),
            Single("m1", "A", "Pick one.", "Short", "The longest one", "Medium one", exam: "MLA-C01"));

        var sut = BankFairness.Measure(bank);

        Assert.Equal((2, 5, true), (sut.SingleKeyLongest.Count, sut.SingleKeyLongest.Total, sut.SingleKeyLongest.Exceeded));
        var aif = sut.SingleKeyLongestByExam.Single(f => f.Scope.Contains("AIF-C01", StringComparison.Ordinal));
        var mla = sut.SingleKeyLongestByExam.Single(f => f.Scope.Contains("MLA-C01", StringComparison.Ordinal));
        Assert.Equal((2, 4, true), (aif.Count, aif.Total, aif.Exceeded));
        Assert.Equal((0, 1, false), (mla.Count, mla.Total, mla.Exceeded));
        Assert.Equal(2, sut.Exceeded.Count);
    }

    [Fact]
    public void Measure_PerExamFiguresCoverActiveExamsOnly()
    {
        var bank = Bank(Single("r1", "A", "Pick one.", "Longest of all", "Shorter", "Short", exam: "MLS-C01"));

        var sut = BankFairness.Measure(bank);

        Assert.Equal(["AIF-C01", "MLA-C01", "AIP-C01"], sut.SingleKeyLongestByExam.Select(f => f.Scope.Split(',')[1].Split(':')[0].Trim()));
        Assert.Equal(1, sut.SingleKeyLongest.Count);
    }

    [Fact]
    public void Measure_ThirtyPercentExactly_IsWithinTheLimit()
    {
        var questions = Enumerable.Range(0, 10).Select(i => i < 3
            ? Single($"k{i}", "A", "Pick one.", "Longest of all", "Shorter", "Short")
            : Single($"d{i}", "A", "Pick one.", "Short", "Longest of all", "Shorter")).ToArray();

        var sut = BankFairness.Measure(Bank(questions));

        Assert.Equal(3, sut.SingleKeyLongest.Count);
        Assert.False(sut.SingleKeyLongest.Exceeded);
    }

    [Fact]
    public void Measure_MultipleWithEveryKeyLongerThanEveryDistractor_CountsAgainstFifteenPercent()
    {
        var bank = Bank(
            Multiple("all-longer", "Which two fit? (Choose two.)", ["A", "B"], "Longer key one", "Longer key two", "Short", "Tiny"),
            Multiple("mixed", "Which two fit? (Choose two.)", ["A", "B"], "Longer key one", "Key", "Short", "A distractor that is long"));

        var sut = BankFairness.Measure(bank);

        Assert.True(BankFairness.KeysAllLonger(bank.Get("all-longer")));
        Assert.False(BankFairness.KeysAllLonger(bank.Get("mixed")));
        Assert.Equal((1, 2, true), (sut.MultipleKeysAllLonger.Count, sut.MultipleKeysAllLonger.Total, sut.MultipleKeysAllLonger.Exceeded));
    }

    [Fact]
    public void EchoWords_OnlyTheKeyRepeatsADistinctivePromptWord_IsAnErrorForAnActiveExam()
    {
        var bank = Bank(
            Single("echo", "A", "A retailer needs nightly scoring of many rows. Which option fits?", "Nightly batch scoring", "Real-time endpoint", "Serverless inference"),
            Single("shared", "A", "A retailer needs nightly scoring of many rows. Which option fits?", "Nightly batch scoring", "Scoring on a real-time endpoint", "Nightly serverless run"));

        var sut = BankFairness.Measure(bank);

        Assert.Equal(["nightly", "scoring"], BankFairness.EchoWords(bank.Get("echo")));
        Assert.Empty(BankFairness.EchoWords(bank.Get("shared")));
        Assert.Equal("echo", Assert.Single(sut.KeyOnlyEcho).QuestionId);
        Assert.Equal("echo", Assert.Single(sut.KeyOnlyEchoOnActiveExam).QuestionId);
    }

    [Fact]
    public void EchoWords_QuestionForARetiredExamOnly_StaysAWarning()
    {
        var bank = Bank(
            Single("retired", "A", "A retailer needs nightly scoring of many rows. Which option fits?", "Nightly batch scoring", "Real-time endpoint", "Serverless inference", exam: "MLS-C01"));

        var sut = BankFairness.Measure(bank);

        Assert.Equal("retired", Assert.Single(sut.KeyOnlyEcho).QuestionId);
        Assert.Empty(sut.KeyOnlyEchoOnActiveExam);
    }

    [Fact]
    public void EchoWords_ThePickInstructionIsNotAPromptWord()
    {
        // "(Choose two.)" ends every multiple-response prompt; a key that says "choose" does not echo the scenario.
        var bank = Bank(
            Multiple("pick", "Which two fit the workload? (Choose two.)", ["A", "B"], "Choose a managed API", "A larger instance", "A smaller instance", "A second Region"),
            Multiple("scenario", "Teams choose a model. Which two fit? (Choose two.)", ["A", "B"], "Choose a managed API", "A larger instance", "A smaller instance", "A second Region"));

        Assert.Empty(BankFairness.EchoWords(bank.Get("pick")));
        Assert.Equal(["choose"], BankFairness.EchoWords(bank.Get("scenario")));
    }

    [Fact]
    public void BankLint_KeyAloneEchoingThePromptOnAnActiveExam_FailsAndRetiredOnlyWarns()
    {
        TestBank.WriteCatalog(_folder);
        File.WriteAllText(Path.Combine(_folder, "echo.yaml"), "questions:\n" +
            EchoQuestion("active-echo", "AIF-C01", 1) +
            EchoQuestion("retired-echo", "MLS-C01", 3));

        var sut = BankLint.Run(_folder);

        Assert.Empty(sut.Errors);
        Assert.Equal("active-echo", Assert.Single(sut.Fairness.KeyOnlyEchoOnActiveExam).QuestionId);
        Assert.Equal("retired-echo", Assert.Single(sut.EchoWarnings).QuestionId);
        Assert.False(sut.Passed);

        File.WriteAllText(Path.Combine(_folder, "echo.yaml"), "questions:\n" + EchoQuestion("retired-echo", "MLS-C01", 3));

        Assert.True(BankLint.Run(_folder).Passed);
    }

    [Fact]
    public void DistinctiveWords_SkipShortAndStopWords()
    {
        var sut = BankFairness.DistinctiveWords("Which AWS service should the company use with Amazon S3 for real-time scoring?");

        Assert.Equal(["real-time", "scoring", "service"], sut.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ServiceStatusCheck_NamedWithoutItsStatus_WarnsUnlessFramedOrSuccessorNamed()
    {
        File.WriteAllText(Path.Combine(_folder, ServiceStatusLoader.FileName), """
            services:
              - name: Amazon Bedrock Agents
                aliases: [Bedrock Agents]
                status: closed-to-new-customers
                date: 2026-07-30
                successor: Amazon Bedrock AgentCore
                mentions: [Agents Classic]
            """);
        TestBank.WriteCatalog(_folder);
        File.WriteAllText(Path.Combine(_folder, "agents.yaml"), "questions:\n" +
            AgentQuestion("plain", "A startup builds a helpdesk with Amazon Bedrock Agents. What calls its API?", "[]") +
            AgentQuestion("by-service", "A startup builds a helpdesk agent. What calls its API?", "[Amazon Bedrock Agents]") +
            AgentQuestion("existing", "An existing customer runs a helpdesk on Bedrock Agents. What calls its API?", "[]") +
            AgentQuestion("classic", "A team keeps its Agents Classic helpdesk on Bedrock Agents. What calls its API?", "[]") +
            AgentQuestion("successor", "A team moves from Bedrock Agents to Amazon Bedrock AgentCore. What calls its API?", "[]") +
            AgentQuestion("existing-named", "An existing Bedrock Agents customer adds a helpdesk. What calls its API?", "[]") +
            AgentQuestion("already-customer", "A bank, already an Amazon Bedrock Agents customer, adds a helpdesk. What calls its API?", "[]") +
            AgentQuestion("already-using", "A bank already using Bedrock Agents adds a helpdesk. What calls its API?", "[]") +
            AgentQuestion("using", "A startup using Bedrock Agents adds a helpdesk. What calls its API?", "[]"));

        var sut = BankLint.Run(_folder);

        Assert.Empty(sut.Errors);
        Assert.Equal(["plain", "by-service", "using"], sut.ServiceWarnings.Select(w => w.QuestionId));
        Assert.Contains("closed to new customers 2026-07-30", sut.ServiceWarnings[0].Message, StringComparison.Ordinal);
        Assert.True(sut.Passed);
    }

    [Fact]
    public void ServiceStatusCheck_RenamedServiceInAChoice_Warns()
    {
        File.WriteAllText(Path.Combine(_folder, ServiceStatusLoader.FileName), """
            services:
              - name: Amazon Kinesis Data Firehose
                aliases: [Kinesis Data Firehose]
                status: renamed
                successor: Amazon Data Firehose
              - name: Amazon Forecast
                status: closed-to-new-customers
            """);
        TestBank.WriteCatalog(_folder);
        File.WriteAllText(Path.Combine(_folder, "stream.yaml"), "questions:\n" +
            StreamQuestion("old-name", "A Kinesis Data Firehose stream to S3") +
            StreamQuestion("new-name", "An Amazon Data Firehose stream to S3") +
            StreamQuestion("closed-distractor", "An Amazon Forecast predictor"));

        var sut = BankLint.Run(_folder);

        Assert.Empty(sut.Errors);
        var warning = Assert.Single(sut.ServiceWarnings);
        Assert.Equal("old-name", warning.QuestionId);
        Assert.Contains("Amazon Data Firehose", warning.Message, StringComparison.Ordinal);
    }

    private static string StreamQuestion(string id, string distractor) => $"""
          - id: {id}
            type: single
            difficulty: 2
            exams:
              - {"{"} exam: MLA-C01, domain: 1 {"}"}
            prompt: Two applications must each read every card event within a second. Which ingestion service fits?
            choices:
              A: Amazon Kinesis Data Streams
              B: {distractor}
              C: Amazon S3 event notifications
            answer: A
            explanation: Kinesis Data Streams lets several consumers read the same records.
            references: [https://docs.aws.amazon.com/streams/latest/dev/introduction.html]
            verified: 2026-12-03

        """;

    [Fact]
    public void ServiceStatusLoader_BadStatus_NamesFileServiceAndField()
    {
        File.WriteAllText(Path.Combine(_folder, ServiceStatusLoader.FileName), "services:\n  - name: Amazon Forecast\n    status: sunset\n");

        var (services, errors) = ServiceStatusLoader.Load(_folder);

        Assert.Empty(services);
        var error = Assert.Single(errors);
        Assert.Equal((ServiceStatusLoader.FileName, "Amazon Forecast", "status"), (error.File, error.QuestionId, error.Field));
    }

    private static string AgentQuestion(string id, string prompt, string services) => $"""
          - id: {id}
            type: single
            difficulty: 2
            exams:
              - {"{"} exam: AIP-C01, domain: 2 {"}"}
            services: {services}
            prompt: {prompt}
            choices:
              A: An action group Lambda function
              B: A knowledge base sync job that runs daily
              C: A guardrail policy
            answer: A
            explanation: Action groups call APIs.
            references: [https://docs.aws.amazon.com/bedrock/latest/userguide/agents.html]
            verified: 2026-12-03

        """;

    private static string EchoQuestion(string id, string exam, int domain) => $"""
          - id: {id}
            type: single
            difficulty: 2
            exams:
              - {"{"} exam: {exam}, domain: {domain} {"}"}
            prompt: A retailer scores millions of rows every night. Which option fits the nightly run?
            choices:
              A: A nightly Batch Transform job
              B: A real-time endpoint called row by row
              C: A serverless endpoint kept warm
            answer: A
            explanation: Batch Transform runs offline over a whole dataset.
            references: [https://docs.aws.amazon.com/sagemaker/latest/dg/batch-transform.html]
            verified: 2026-12-03

        """;

    private static QuestionBank Bank(params Question[] questions) => new(questions, TestBank.Exams);

    private static Question Single(string id, string key, string prompt, string a, string b, string c, string exam = "AIF-C01") =>
        Make(id, QuestionType.Single, prompt, [key], exam, a, b, c);

    private static Question Multiple(string id, string prompt, string[] keys, params string[] choices) =>
        Make(id, QuestionType.Multiple, prompt, keys, "AIF-C01", choices);

    private static Question Make(string id, QuestionType type, string prompt, string[] answer, string exam, params string[] choices) => new()
    {
        Id = id,
        Topic = "t",
        File = "t.yaml",
        Type = type,
        Difficulty = 2,
        Exams = [new ExamTag(exam, 1, null)],
        Prompt = prompt,
        Choices = choices.Select((text, i) => (Key: ((char)('A' + i)).ToString(), text)).ToDictionary(x => x.Key, x => x.text),
        Answer = answer,
        Explanation = "Because.",
        Verified = new DateOnly(2026, 12, 3),
    };
}
