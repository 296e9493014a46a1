using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Auth;
using StudyBot.BotFramework.Handlers;

namespace StudyBot.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: read and check the body, authenticate, route; 400/401/403 on bad input, never 500. Replies
/// that go through the Connector are sent after the response (<see cref="Connector.TeamsOutbox"/>), so a slow Connector
/// never holds or fails the request.
/// </summary>
internal sealed class MessagesEndpoint(
    BotFrameworkAuthenticator authenticator,
    ActivityRouter router,
    IOptions<BotFrameworkOptions> options,
    ILogger<MessagesEndpoint> logger)
{
    public const int MaxBodyBytes = 512 * 1024;

    /// <summary>What a client that closed the connection before the answer gets (it is never sent).</summary>
    public const int ClientClosedRequest = StatusCodes.Status499ClientClosedRequest;

    public async Task<IResult> HandleAsync(HttpContext context, CancellationToken cancellationToken)
    {
        try
        {
            return await HandleCoreAsync(context, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller went away (the Connector gave up on us, or the connection dropped): nobody reads an answer.
            logger.LogDebug("The caller of /api/messages went away before the answer");
            return Results.StatusCode(ClientClosedRequest);
        }
        catch (BadHttpRequestException ex)
        {
            // The body could not be read to its end (a wrong Content-Length, a client too slow to send it).
            logger.LogInformation("Could not read a request to /api/messages: {Error}", ex.Message);
            return Results.StatusCode(ex.StatusCode is >= 400 and < 500 ? ex.StatusCode : StatusCodes.Status400BadRequest);
        }
    }

    private async Task<IResult> HandleCoreAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(context.Request, cancellationToken);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // A body that is not an activity is refused before authentication, as the SDK does; one that is read but breaks a
        // rule is refused after it, so an unauthenticated caller learns nothing about the rules.
        var reading = ActivityJson.Read(body, entraIdsAreGuids: !options.Value.DevelopmentMode);
        if (reading.Activity is not { } activity)
        {
            logger.LogInformation("Refused a request to /api/messages: {Problem}", reading.Problem);
            return BadRequest(reading.Problem);
        }

        var auth = await authenticator.AuthenticateAsync(
            context.Request.Headers.Authorization.ToString(), context.Connection.RemoteIpAddress, activity.ChannelId, activity.ServiceUrl, cancellationToken);
        if (!auth.Accepted)
        {
            return Results.StatusCode(auth.Outcome == AuthOutcome.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized);
        }

        if (!reading.Valid)
        {
            logger.LogInformation("Refused a {Type} activity: {Problem}", activity.Type, reading.Problem);
            return BadRequest(reading.Problem);
        }

        try
        {
            var response = await router.RouteAsync(activity, cancellationToken);
            return response.Body is null
                ? Results.StatusCode(response.Status)
                : Results.Content(JsonSerializer.Serialize(response.Body, ActivityJson.Options), "application/json", null, response.Status);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Not the caller's cancellation: something we waited for timed out. The activity is acknowledged all the same.
            logger.LogWarning(ex, "Handling a {Type} activity timed out", activity.Type);
            return Acknowledge(activity);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The activity was authenticated; a failure here is ours. Acknowledge so the Connector does not retry into it.
            logger.LogError(ex, "Handling a {Type} activity failed", activity.Type);
            return Acknowledge(activity);
        }
    }

    private static IResult Acknowledge(Activity activity) =>
        activity.Type == ActivityTypes.Invoke
            ? Results.Json(new { statusCode = 500, type = AdaptiveCardInvokeHandler.ErrorType, value = new { code = "InternalError", message = "Something went wrong." } })
            : Results.Ok();

    private static IResult BadRequest(string? problem) =>
        Results.Json(new { error = new { code = "BadArgument", message = problem ?? "The activity is malformed." } }, statusCode: StatusCodes.Status400BadRequest);

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
