namespace StudyBot.Engine.Presentation;

/// <summary>
/// What a place hears from the bot when it is installed there: what it does in that kind of place, how the daily question
/// is set up (a channel only; its settings once set up), and the commands worth a first try.
/// </summary>
/// <param name="Setup">How to set up the daily question, or its settings; null where there is none (a personal chat).</param>
/// <param name="OfferSetupForm">Whether to offer the setup form (a channel).</param>
public sealed record WelcomeView(PlaceKind Place, Text Intro, Text? Setup, IReadOnlyList<CommandRef> Actions, bool OfferSetupForm);
