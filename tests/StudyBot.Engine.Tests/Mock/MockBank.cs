using System.Globalization;
using System.Text;
using StudyBot.Tests.Shared;

namespace StudyBot.Engine.Tests.Mock;

/// <summary>A bank big enough for full-length mocks: for each AIF-C01 domain singles, multiples and orderings, and one matching question.</summary>
internal static class MockBank
{
    public static QuestionBank Load(int perDomain = 24)
    {
        var yaml = new StringBuilder("topic: mock\ntitle: Mock questions\nquestions:\n");
        for (var domain = 1; domain <= 5; domain++)
        {
            for (var i = 0; i < perDomain; i++)
            {
                var type = (i % 6) switch { 4 => "multiple", 5 => "ordering", _ => "single" };
                var answer = type switch { "multiple" => "[A, C]", "ordering" => "[C, A, B, D]", _ => "B" };
                yaml.Append(CultureInfo.InvariantCulture, $"""
                      - id: m-d{domain}-{i}
                        type: {type}
                        difficulty: {1 + (i % 3)}
                        exams:
                          - {"{"} exam: AIF-C01, domain: {domain} {"}"}
                        prompt: Mock question {i} of domain {domain}, which choice fits?{(type == "multiple" ? " (Choose two.)" : string.Empty)}
                        choices:
                          A: First choice {i}
                          B: Second choice {i}
                          C: Third choice {i}
                          D: Fourth choice {i}
                        answer: {answer}
                        explanation: Explanation of question {i} in domain {domain}.
                        references: [https://docs.aws.amazon.com/bedrock/latest/userguide/what-is-bedrock.html]
                        verified: 2026-11-25

                    """);
            }
        }

        return TestBank.Load(yaml + TestBank.Matching);
    }
}
