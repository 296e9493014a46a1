namespace StudyBot.Tests.Shared;

/// <summary>A small bank written for the tests: one question of each type, tagged to known domains (MLS-C01 has none unless
/// <see cref="MlsSingle"/> is added).</summary>
public static class TestBank
{
    public const string Yaml = """
        topic: test
        title: Test questions
        questions:
          - id: t-single
            type: single
            difficulty: 2
            exams:
              - { exam: MLA-C01, domain: 3 }
            prompt: Nightly scoring of many rows nobody waits for. Which option fits?
            choices:
              A: A real-time endpoint
              B: A Batch Transform job
              C: A serverless endpoint
            answer: B
            explanation: Batch Transform runs offline over a whole dataset.
            references: [https://docs.aws.amazon.com/sagemaker/latest/dg/batch-transform.html]
            verified: 2026-11-25
            seed: [7]
          - id: t-multi
            type: multiple
            difficulty: 3
            exams:
              - { exam: AIF-C01, domain: 1 }
            prompt: Which of these are supervised learning tasks? (Choose two.)
            choices:
              A: Classification
              B: Clustering
              C: Regression
              D: Dimensionality reduction
            answer: [A, C]
            explanation: Both learn from labelled examples.
            references: [https://aws.amazon.com/what-is/machine-learning/]
            verified: 2026-11-25
          - id: t-order
            type: ordering
            difficulty: 1
            exams:
              - { exam: AIF-C01, domain: 1 }
              - { exam: MLA-C01, domain: 1 }
            prompt: Put the steps in the order they run.
            choices:
              A: Train
              B: Deploy
              C: Prepare data
            answer: [C, A, B]
            explanation: Data comes first, then training, then deployment.
            references: [https://docs.aws.amazon.com/sagemaker/latest/dg/how-it-works-mlconcepts.html]
            verified: 2026-11-25
          - id: t-easy
            type: single
            difficulty: 1
            exams:
              - { exam: AIF-C01, domain: 2 }
            prompt: Which service converts text to speech?
            choices:
              A: Amazon Polly
              B: Amazon Transcribe
              C: Amazon Textract
            answer: A
            explanation: Polly speaks; Transcribe listens.
            references: [https://aws.amazon.com/polly/]
            verified: 2026-11-25
        """;

    /// <summary>One more question, single-choice, for MLS-C01 only: append it to <see cref="Yaml"/>.</summary>
    public const string MlsSingle = """
          - id: t-mls
            type: single
            difficulty: 2
            exams:
              - { exam: MLS-C01, domain: 3 }
            prompt: Which algorithm is built into SageMaker for tabular regression?
            choices:
              A: XGBoost
              B: BlazingText
              C: Object2Vec
            answer: A
            explanation: XGBoost handles tabular regression and classification.
            references: [https://docs.aws.amazon.com/sagemaker/latest/dg/xgboost.html]
            verified: 2026-11-25
        """;

    /// <summary>The test bank's exam catalog (tests/Shared/exams.yaml, copied beside the test assembly).</summary>
    public static string CatalogFolder => Path.Combine(AppContext.BaseDirectory, "Shared");

    public static ExamCatalog Exams { get; } = ExamCatalogLoader.Load(CatalogFolder).Catalog
        ?? throw new InvalidOperationException($"The test catalog in {CatalogFolder} does not load.");

    /// <summary>Puts the test catalog into a bank folder a test writes, as every bank folder needs one.</summary>
    public static void WriteCatalog(string folder) =>
        File.Copy(Path.Combine(CatalogFolder, ExamCatalogLoader.FileName), Path.Combine(folder, ExamCatalogLoader.FileName), overwrite: true);

    /// <summary>One matching question for AIF-C01 domain 3, with a spare choice: append it to <see cref="Yaml"/>.</summary>
    public const string Matching = """
          - id: t-match
            type: matching
            difficulty: 2
            exams:
              - { exam: AIF-C01, domain: 3 }
            prompt: Match each need to the service that meets it.
            items:
              1: Turn speech into text
              2: Turn text into speech
              3: Read text from scanned forms
            choices:
              A: Amazon Polly
              B: Amazon Transcribe
              C: Amazon Textract
              D: Amazon Translate
            answer: { 1: B, 2: A, 3: C }
            explanation: Transcribe listens, Polly speaks, Textract reads documents.
            references: [https://aws.amazon.com/polly/]
            verified: 2026-12-03
        """;

    public static QuestionBank Load(string? yaml = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "studybot-testbank-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            WriteCatalog(folder);
            File.WriteAllText(Path.Combine(folder, "test.yaml"), yaml ?? Yaml);
            return QuestionBankLoader.LoadOrThrow(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
