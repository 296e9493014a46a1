using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Discord.Handlers;
using StudyBot.Discord.Interactions;

namespace StudyBot.Discord;

/// <summary>
/// <c>POST /api/discord/interactions</c>: verify the signature over the raw bytes and the signed timestamp's age, then
/// parse and check the interaction, then dispatch. Nothing reaches the engine before all of these pass.
/// </summary>
public sealed class DiscordInteractionsEndpoint(
    DiscordSignatureVerifier verifier,
    DiscordInteractionDispatcher dispatcher,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordInteractionsEndpoint> logger)
{
    public const string Route = "/api/discord/interactions";
    public const int MaxBodyBytes = 1024 * 1024;

    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!options.Value.AcceptsHttpInteractions || !verifier.HasKey)
        {
            return Results.NotFound();
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        byte[]? body;
        try
        {
            body = await ReadBodyAsync(request, cancellationToken);
        }
        catch (InvalidDataException)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (body is null)
        {
            return Results.BadRequest();
        }

        var signature = request.Headers[DiscordSignatureVerifier.SignatureHeader].ToString();
        var timestamp = request.Headers[DiscordSignatureVerifier.TimestampHeader].ToString();
        if (!verifier.Verify(signature, timestamp, body))
        {
            logger.LogInformation("Rejected a Discord interaction with a missing or invalid signature");
            return Results.Unauthorized();
        }

        if (!IsRecent(timestamp))
        {
            logger.LogInformation("Rejected a signed Discord interaction whose timestamp is outside the accepted window (a replay?)");
            return Results.Unauthorized();
        }

        if (!InteractionParser.TryParse(body, out var interaction, out var problem) || interaction is null)
        {
            logger.LogInformation("Rejected a malformed Discord interaction: {Problem}", problem);
            return Results.BadRequest();
        }

        var response = await dispatcher.DispatchAsync(interaction, cancellationToken);
        return Results.Text(response.ToJson(), "application/json");
    }

    /// <summary>The signed timestamp is Unix seconds; one too old or too far ahead is a replayed (or forged-time) request.</summary>
    private bool IsRecent(string timestamp)
    {
        if (timestamp.Length is 0 or > 19 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var tolerance = (long)options.Value.TimestampTolerance.TotalSeconds;
        return seconds >= now - tolerance && seconds <= now + tolerance;
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // Discord sends a Content-Length: read exactly that into one array (a click is about 2 KB), and refuse a body
        // that ends before it.
        if (request.ContentLength is { } length and <= MaxBodyBytes)
        {
            var exact = new byte[length];
            var filled = 0;
            int got;
            while (filled < exact.Length && (got = await request.Body.ReadAsync(exact.AsMemory(filled), cancellationToken)) > 0)
            {
                filled += got;
            }

            return filled == exact.Length ? exact : null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                throw new InvalidDataException("Body too large.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
