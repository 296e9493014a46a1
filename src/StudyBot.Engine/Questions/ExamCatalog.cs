namespace StudyBot.Engine.Questions;

/// <summary>The three exams the product prepares for, as their official guides define them.</summary>
public static class ExamCatalog
{
    public static readonly Exam AifC01 = new("AIF-C01", "AWS Certified AI Practitioner", 700,
    [
        new(1, "Fundamentals of AI and ML", 20),
        new(2, "Fundamentals of generative AI", 24),
        new(3, "Applications of foundation models", 28),
        new(4, "Guidelines for responsible AI", 14),
        new(5, "Security, compliance and governance for AI solutions", 14),
    ]);

    public static readonly Exam MlaC01 = new("MLA-C01", "AWS Certified Machine Learning Engineer - Associate", 720,
    [
        new(1, "Data preparation for ML", 28),
        new(2, "ML model development", 26),
        new(3, "Deployment and orchestration of ML workflows", 22),
        new(4, "ML solution monitoring, maintenance and security", 24),
    ]);

    public static readonly Exam MlsC01 = new("MLS-C01", "AWS Certified Machine Learning - Specialty", 750,
    [
        new(1, "Data engineering", 20),
        new(2, "Exploratory data analysis", 24),
        new(3, "Modeling", 36),
        new(4, "ML implementation and operations", 20),
    ]);

    public static readonly Exam AipC01 = new("AIP-C01", "AWS Certified Generative AI Developer - Professional", 750,
    [
        new(1, "Foundation model integration, data management and compliance", 31),
        new(2, "Implementation and integration", 26),
        new(3, "AI safety, security and governance", 20),
        new(4, "Operational efficiency and optimization for GenAI applications", 12),
        new(5, "Testing, validation and troubleshooting", 11),
    ]);

    public static IReadOnlyList<Exam> All { get; } = [AifC01, MlaC01, AipC01, MlsC01];

    public static Exam? Find(string? code) =>
        code is null ? null : All.FirstOrDefault(e => string.Equals(e.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
}
