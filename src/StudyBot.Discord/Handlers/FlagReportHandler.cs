using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rendering;

namespace StudyBot.Discord.Handlers;

/// <summary>"Report a problem" under a result, reveal or review step: opens the report modal for that round.</summary>
public sealed class FlagReportHandler : IDiscordComponentHandler
{
    public string Kind => AnswerCustomId.Report;

    public Task<InteractionResponse> HandleAsync(InteractionContext context, AnswerCustomId customId, CancellationToken cancellationToken) =>
        Task.FromResult(InteractionResponse.OpenModal(FlagRendering.ReportModal(customId.RoundId)));
}

/// <summary>The submitted report modal (interaction type 5): the engine stores it once per member and question version.</summary>
public sealed class FlagFormHandler(FlagService flags) : IDiscordComponentHandler
{
    public string Kind => AnswerCustomId.ReportForm;

    public async Task<InteractionResponse> HandleAsync(InteractionContext context, AnswerCustomId customId, CancellationToken cancellationToken)
    {
        var inputs = ModalComponent.Inputs(context.Interaction.Data?.Components);
        var notice = await flags.ReportAsync(context.Actor, customId.RoundId, inputs.GetValueOrDefault(FlagRendering.ReasonInput), inputs.GetValueOrDefault(FlagRendering.TextInput), cancellationToken);
        return InteractionResponse.Ephemeral(DiscordRenderer.Notice(notice));
    }
}
