using System.Globalization;

namespace StudyBot.Discord.Handlers;

/// <summary>
/// What a mock exam's component carries after <c>m:attemptId:</c>: the position it was shown at, a step code and, for an
/// answer button or an order being built, its labels; for the report's pages, the page. E.g. <c>m:42:7.a.B</c> (answer B
/// to question 7), <c>m:42:7.o.CA</c> (an order begun with C, A), <c>m:42:0.r.2</c> (page 2 of the misses).
/// </summary>
public sealed record MockComponentId(int Position, char Step, string Rest)
{
    public const char Answer = 'a';
    public const char Order = 'o';
    public const char Flag = 'f';
    public const char Next = 'n';
    public const char Previous = 'p';
    public const char GoTo = 'g';
    public const char Submit = 's';
    public const char Show = 'v';
    public const char ReportPage = 'r';

    private const string Steps = "aofnpgsvr";

    public static string For(long attemptId, int position, char step, string rest = "") =>
        new AnswerCustomId(AnswerCustomId.Mock, attemptId, $"{position.ToString(CultureInfo.InvariantCulture)}.{step}.{rest}").ToString();

    public static bool IsValid(string value) => TryRead(value) is not null;

    public static MockComponentId? TryRead(string value)
    {
        var parts = value.Split('.');
        if (parts.Length != 3 || parts[1].Length != 1 || !Steps.Contains(parts[1][0], StringComparison.Ordinal)
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var position) || position > 1000)
        {
            return null;
        }

        var step = parts[1][0];
        var rest = parts[2];
        var fits = step == ReportPage
            ? rest.Length is > 0 and <= 3 && rest.All(char.IsAsciiDigit)
            : rest.Length <= Grader.Labels.Length && rest.All(c => Grader.Labels.Contains(c, StringComparison.Ordinal));
        return fits ? new MockComponentId(position, step, rest) : null;
    }
}
