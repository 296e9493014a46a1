using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Auth;
using StudyBot.BotFramework.Handlers;

namespace StudyBot.BotFramework;

/// <summary><c>POST /api/messages</c>: authenticate, parse, route; 400/401/403 on bad input, never 500.</summary>
internal sealed class MessagesEndpoint(BotFrameworkAuthenticator authenticator, ActivityRouter router, ILogger<MessagesEndpoint> logger)
{
    public const int MaxBodyBytes = 512 * 1024;

    public async Task<IResult> HandleAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(context.Request, cancellationToken);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var activity = ActivityJson.Parse(body);
        var auth = await authenticator.AuthenticateAsync(
            context.Request.Headers.Authorization.ToString(), context.Connection.RemoteIpAddress, activity?.ChannelId, activity?.ServiceUrl, cancellationToken);
        if (!auth.Accepted)
        {
            return Results.StatusCode(auth.Outcome == AuthOutcome.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized);
        }

        if (activity is null)
        {
            return Results.BadRequest();
        }

        try
        {
            var response = await router.RouteAsync(activity, cancellationToken);
            return response.Body is null
                ? Results.StatusCode(response.Status)
                : Results.Content(JsonSerializer.Serialize(response.Body, ActivityJson.Options), "application/json", null, response.Status);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The activity was authenticated; a failure here is ours. Acknowledge so the Connector does not retry into it.
            logger.LogError(ex, "Handling a {Type} activity failed", activity.Type);
            return activity.Type == ActivityTypes.Invoke
                ? Results.Json(new { statusCode = 500, type = AdaptiveCardInvokeHandler.ErrorType, value = new { code = "InternalError", message = "Something went wrong." } })
                : Results.Ok();
        }
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
