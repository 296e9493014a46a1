using System.Text.Json.Nodes;
using StudyBot.BotFramework.Activities;

namespace StudyBot.BotFramework.Cards;

/// <summary>
/// The Teams file flow for a member's own export: a file consent card (the member accepts where the file goes), then,
/// after the upload, a file info card that links to it. Teams offers it in the personal chat only.
/// </summary>
internal static class TeamsFiles
{
    public const string ConsentContentType = "application/vnd.microsoft.teams.card.file.consent";
    public const string InfoContentType = "application/vnd.microsoft.teams.card.file.info";

    /// <summary>The consent card; its context says only which format to make again on accept (the file is made for whoever accepts).</summary>
    public static Activity Consent(DeckFileResult file, string format) => new()
    {
        Type = ActivityTypes.Message,
        Text = TeamsText.Render(file.Summary) + " Accept to save it to your OneDrive.",
        TextFormat = "markdown",
        Attachments =
        [
            new Attachment(ConsentContentType, new JsonObject
            {
                ["description"] = "Your StudyBot review deck",
                ["sizeInBytes"] = file.Content.Length,
                ["acceptContext"] = new JsonObject { ["format"] = format },
                ["declineContext"] = new JsonObject { ["format"] = format },
            }, Name: file.FileName),
        ],
    };

    public static Activity Info(string name, string contentUrl, string? uniqueId, string? fileType) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [new Attachment(InfoContentType, new JsonObject { ["uniqueId"] = uniqueId, ["fileType"] = fileType }, contentUrl, name)],
    };
}
