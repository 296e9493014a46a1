using System.Globalization;

namespace StudyBot.Host.Cli;

internal sealed record PracticeArguments(int Count, string? Exam, int? Domain)
{
    public static PracticeArguments Parse(string[] args)
    {
        var count = QuizService.DefaultCount;
        string? exam = null;
        int? domain = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--count" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n):
                    count = n;
                    i++;
                    break;
                case "--exam" when value is not null:
                    exam = value;
                    i++;
                    break;
                case "--domain" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var d):
                    domain = d;
                    i++;
                    break;
                default:
                    throw new ArgumentException($"practice: '{args[i]}' is not understood. Use --count N (1-{QuizService.MaxCount}), --exam CODE, --domain N.");
            }
        }

        return new PracticeArguments(count, exam, domain);
    }
}
