using System.Security.Cryptography;
using System.Text;

namespace StudyBot.Engine.Flags;

/// <summary>
/// A question's version: a content hash of what a member answers and how it is graded — the prompt, the choices (and a
/// matching question's items) and the answer. Anything else (explanation, references, tags, difficulty) may change without
/// a new version. The hash is the first 16 hex digits of SHA-256 over a canonical text: each part on its own line,
/// <c>prompt:</c>, then <c>choice:KEY=TEXT</c> in key order, <c>item:KEY=TEXT</c> in key order, and <c>answer:K1,K2</c> in
/// the answer's own order; line breaks inside a text are written as <c>\n</c> and texts are trimmed. The same YAML always
/// gives the same version, on every machine (docs/decisions/0008-question-versions-and-regrades.md).
/// </summary>
public static class QuestionVersions
{
    public const int Length = 16;

    public static string Of(Question question) => Of(question.Prompt, question.Choices, question.Items, question.Answer);

    public static string Of(string prompt, IReadOnlyDictionary<string, string> choices, IReadOnlyDictionary<string, string> items, IReadOnlyList<string> answer)
    {
        var text = new StringBuilder();
        text.Append("prompt:").Append(Clean(prompt)).Append('\n');
        foreach (var (key, value) in choices.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            text.Append("choice:").Append(key).Append('=').Append(Clean(value)).Append('\n');
        }

        foreach (var (key, value) in items.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            text.Append("item:").Append(key).Append('=').Append(Clean(value)).Append('\n');
        }

        text.Append("answer:").Append(string.Join(',', answer)).Append('\n');
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(hash)[..Length];
    }

    private static string Clean(string value) => value.Trim().Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
