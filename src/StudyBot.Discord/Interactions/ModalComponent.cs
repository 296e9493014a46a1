namespace StudyBot.Discord.Interactions;

/// <summary>
/// A component of a submitted modal: an action row (1) or a label (18) holding a text input (4) or a string select (3), with
/// what the member entered (<see cref="Value"/>) or picked (<see cref="Values"/>).
/// </summary>
public sealed record ModalComponent
{
    public const int TextInputType = 4;
    public const int LabelType = 18;

    public int Type { get; init; }
    public string? CustomId { get; init; }
    public string? Value { get; init; }
    public IReadOnlyList<string>? Values { get; init; }
    public IReadOnlyList<ModalComponent>? Components { get; init; }

    /// <summary>The one component a label wraps.</summary>
    public ModalComponent? Component { get; init; }

    /// <summary>Every input of a submitted modal by its custom id: a text's value, or a select's first value.</summary>
    public static IReadOnlyDictionary<string, string> Inputs(IReadOnlyList<ModalComponent>? components)
    {
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(IEnumerable<ModalComponent?> items, int depth)
        {
            foreach (var c in items)
            {
                if (c is null || depth > 3)
                {
                    continue;
                }

                if (c.CustomId is { Length: > 0 } id && (c.Value ?? c.Values?.FirstOrDefault()) is { } value)
                {
                    inputs.TryAdd(id, value);
                }

                Walk([.. c.Components ?? [], c.Component], depth + 1);
            }
        }

        Walk(components ?? [], 0);
        return inputs;
    }

    /// <summary>What is wrong with a submitted modal's components, or null: bounded depth, counts and lengths.</summary>
    public static string? Problem(IReadOnlyList<ModalComponent>? components, int depth = 1)
    {
        if (components is null)
        {
            return null;
        }

        if (depth > 3 || components.Count > InteractionRules.MaxListLength)
        {
            return "too many modal components";
        }

        foreach (var c in components)
        {
            if (c is null)
            {
                return "data.components holds a null";
            }

            if (c.Value is { Length: > 4000 } || c.CustomId is { Length: > DiscordComponent.MaxCustomIdLength } || c.Values is { Count: > InteractionRules.MaxListLength })
            {
                return "a modal input is too long";
            }

            var nested = Problem(c.Components, depth + 1) ?? (c.Component is { } inner ? Problem([inner], depth + 1) : null);
            if (nested is not null)
            {
                return nested;
            }
        }

        return null;
    }
}

/// <summary>A modal to open (interaction response type 9): its custom id, title and components.</summary>
public sealed record DiscordModal(string CustomId, string Title, IReadOnlyList<object> Components);
