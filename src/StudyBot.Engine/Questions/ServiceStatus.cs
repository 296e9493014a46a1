using System.Text.RegularExpressions;

namespace StudyBot.Engine.Questions;

/// <summary>
/// A service that was renamed, retired or closed to new customers, from <c>services.yaml</c>. A question that names it
/// should say so (for example "an existing customer" or "Agents Classic"), or use the successor.
/// </summary>
public sealed record ServiceStatus
{
    /// <summary>Words that show a question knows a service changed, whatever the service.</summary>
    public static readonly IReadOnlyList<string> GeneralMentions =
        ["existing customer", "existing customers", "already uses", "already use", "no longer", "closed to new", "retired", "discontinued", "legacy"];

    /// <summary>
    /// The same framing with the service's name inside it: "an existing Amazon Forecast customer", "already an Amazon
    /// A2I customer", "already using", "already keeps", "has used ... for years".
    /// </summary>
    private static readonly Regex CustomerFraming = new(
        @"(?<![\p{L}\p{N}])(?:existing\s+(?:[\p{L}\p{N}\-]+\s+){1,4}customers?|already\s+(?:an?\s+)?(?:[\p{L}\p{N}\-]+\s+){1,4}customers?|already\s+(?:using|keeps|runs)|(?:has|have)\s+used)(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required ServiceChange Change { get; init; }
    public DateOnly? Date { get; init; }
    public string? Successor { get; init; }
    public string? Note { get; init; }
    public IReadOnlyList<string> Mentions { get; init; } = [];
    public string? Reference { get; init; }

    /// <summary>"closed to new customers 2026-07-30", "renamed", ...</summary>
    public string ChangeText =>
        Change switch
        {
            ServiceChange.ClosedToNewCustomers => "closed to new customers",
            ServiceChange.Retired => "retired",
            _ => "renamed",
        } + (Date is { } d ? $" {d:yyyy-MM-dd}" : string.Empty);

    /// <summary>True when the text names the service by its name or an alias, as whole words.</summary>
    public bool IsNamedIn(string text) => Aliases.Prepend(Name).Any(n => ContainsPhrase(text, n));

    /// <summary>True when the text says the service changed: a general or a service's own mention, or its successor.</summary>
    public bool IsStatusMentionedIn(string text) =>
        CustomerFraming.IsMatch(text) ||
        GeneralMentions.Concat(Mentions).Concat(Successor is null ? [] : [Successor]).Any(m => ContainsPhrase(text, m));

    private static bool ContainsPhrase(string text, string phrase) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(phrase)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
