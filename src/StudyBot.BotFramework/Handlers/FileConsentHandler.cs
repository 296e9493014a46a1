using System.Text.Json;
using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Cards;
using StudyBot.BotFramework.Connector;

namespace StudyBot.BotFramework.Handlers;

/// <summary>
/// <c>invoke</c> <c>fileConsent/invoke</c>: the member accepted or declined the file consent card of their export. On
/// accept the deck is made again for the member who accepted (never from the card's context, which anyone could forge),
/// put to the upload URL Teams gave, and a file info card is posted; all after the invoke has been answered.
/// </summary>
internal sealed class FileConsentHandler(CommandRouter router, TeamsResponder responder, TeamsFileUploader uploader)
{
    public const string Name = "fileConsent/invoke";

    public InvokeResponse Handle(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value || value.GetString("action") is not ("accept" or "decline") || !activity.IsPersonal())
        {
            return new InvokeResponse(400, null);
        }

        var format = value.TryGetProperty("context", out var context) && context.ValueKind == JsonValueKind.Object && context.GetString("format") == "csv" ? "csv" : "json";
        if (value.GetString("action") == "decline")
        {
            responder.Later(activity, "Answering a declined file", sending => responder.ReplyTextAsync(activity, "No file then. Ask again any time with `review export`.", sending));
            return new InvokeResponse(200, null);
        }

        if (!value.TryGetProperty("uploadInfo", out var upload) || upload.ValueKind != JsonValueKind.Object
            || upload.GetString("uploadUrl") is not { Length: > 0 } uploadUrl || upload.GetString("contentUrl") is not { Length: > 0 } contentUrl)
        {
            return new InvokeResponse(400, null);
        }

        var name = upload.GetString("name") ?? $"studybot-deck.{format}";
        var (uniqueId, fileType) = (upload.GetString("uniqueId"), upload.GetString("fileType"));
        responder.Later(activity, "Uploading an exported deck", async sending =>
        {
            var invocation = CommandParser.Bind(CommandNames.Review, CommandNames.ReviewExport, [KeyValuePair.Create(CommandNames.Format, new RawValue(RawKind.String, format))]).Invocation!;
            var result = await router.RunAsync(TeamsActors.From(activity), invocation, sending);
            if (result is not DeckFileResult file)
            {
                await responder.ReplyTextAsync(activity, TeamsResults.Render(result).Text ?? "There is nothing to export.", sending);
                return;
            }

            if (await uploader.UploadAsync(uploadUrl, file.Content, sending))
            {
                await responder.ReplyAsync(activity, TeamsFiles.Info(name, contentUrl, uniqueId, fileType), sending);
            }
            else
            {
                await responder.ReplyTextAsync(activity, "The file could not be saved to your OneDrive; try `review export` again in a moment.", sending);
            }
        });
        return new InvokeResponse(200, null);
    }
}
