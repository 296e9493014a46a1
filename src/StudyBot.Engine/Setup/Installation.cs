namespace StudyBot.Engine.Setup;

/// <summary>Where the bot was installed, and whether that place hears from it for the first time (and so gets a welcome).</summary>
public sealed record Installation(Channel Channel, bool FirstTime, PlaceKind Place = PlaceKind.Channel)
{
    /// <summary>The welcome for this kind of place: a channel learns about the daily question, a personal chat does not.</summary>
    public WelcomeView Welcome => Place == PlaceKind.Channel
        ? new WelcomeView(
            Place,
            Text.Of("I help your team prepare for the AWS AI/ML certifications: a question of the day in this channel, quizzes only you see, leaderboards and stats."),
            Channel.DailyEnabled
                ? Text.Of("Daily question: ").Append(ChannelSetupService.Describe(Channel))
                : Text.Of("To start the daily question, the member who installed me (or an admin they add) runs ",
                    CommandRef.Sub(CommandNames.Setup, CommandNames.SetupDaily, (CommandNames.Time, "09:00"), (CommandNames.TimeZone, "Europe/Berlin")),
                    ", optionally with days (weekdays, daily, mon,wed,fri), an exam and the delay until the reveal; ",
                    CommandRef.Of(CommandNames.Setup), " alone shows a form."),
            [CommandRef.Of(CommandNames.Quiz), CommandRef.Of(CommandNames.Daily), CommandRef.Of(CommandNames.Leaderboard), CommandRef.Of(CommandNames.Help)],
            OfferSetupForm: true)
        : new WelcomeView(
            Place,
            Text.Of("Hi! Here you practise for the AWS AI/ML certifications on your own: quizzes, reviews of what you got wrong, and your stats. ",
                "The question of the day and the boards live in your team's channels."),
            null,
            [CommandRef.Of(CommandNames.Quiz), CommandRef.Of(CommandNames.Review), CommandRef.Of(CommandNames.Stats), CommandRef.Of(CommandNames.Help)],
            OfferSetupForm: false);
}
