namespace StudyBot.Discord.Interactions;

/// <summary>Command data (id, name, options) or component data (custom_id, component_type, values).</summary>
public sealed record InteractionData(
    string? Id,
    string? Name,
    int? Type,
    IReadOnlyList<InteractionOption>? Options,
    InteractionResolved? Resolved,
    string? CustomId,
    int? ComponentType,
    IReadOnlyList<string>? Values)
{
    /// <summary>A submitted modal's inputs.</summary>
    public IReadOnlyList<ModalComponent>? Components { get; init; }
}
