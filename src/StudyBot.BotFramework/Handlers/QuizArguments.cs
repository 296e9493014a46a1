using System.Globalization;
using StudyBot.Engine.Questions;
using StudyBot.Engine.Services;

namespace StudyBot.BotFramework.Handlers;

/// <summary>
/// <c>quiz [exam] [domain] [count]</c>: with an exam the numbers are domain then count; without one, a single number is the
/// count. <c>domain N</c> and <c>count N</c> may be spelled out.
/// </summary>
internal sealed record QuizArguments(string? Exam, int? Domain, int Count, string? Error)
{
    public static QuizArguments Parse(IReadOnlyList<string> args, ExamCatalog exams)
    {
        string? exam = null;
        int? domain = null;
        int? count = null;
        var numbers = new List<int>();
        for (var i = 0; i < args.Count; i++)
        {
            var word = args[i];
            if (exams.Find(word) is { } found)
            {
                exam = found.Code;
            }
            else if (word.Equals("domain", StringComparison.OrdinalIgnoreCase) && i + 1 < args.Count && TryInt(args[i + 1], out var d))
            {
                domain = d;
                i++;
            }
            else if (word.Equals("count", StringComparison.OrdinalIgnoreCase) && i + 1 < args.Count && TryInt(args[i + 1], out var c))
            {
                count = c;
                i++;
            }
            else if (TryInt(word, out var n))
            {
                numbers.Add(n);
            }
            else
            {
                return new QuizArguments(null, null, 0, $"I don't understand '{word}'. Try quiz, quiz AIF-C01, quiz AIF-C01 2 5 (exam, domain, count).");
            }
        }

        if (numbers.Count > 2 || exam is null && numbers.Count > 1)
        {
            return new QuizArguments(null, null, 0, "Too many numbers: use quiz [exam] [domain] [count], e.g. quiz AIF-C01 2 5.");
        }

        if (exam is null && numbers.Count == 1)
        {
            count ??= numbers[0];
        }
        else if (numbers.Count >= 1)
        {
            domain ??= numbers[0];
            if (numbers.Count == 2)
            {
                count ??= numbers[1];
            }
        }

        return new QuizArguments(exam, domain, count ?? QuizService.DefaultCount, null);
    }

    private static bool TryInt(string text, out int value) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
