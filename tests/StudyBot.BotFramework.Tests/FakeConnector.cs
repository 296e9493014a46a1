using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StudyBot.BotFramework.Tests;

/// <summary>A Bot Connector on loopback (Kestrel, port 0) that records what the bot sends and answers with activity ids.</summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<(int Status, string? RetryAfter, TimeSpan Delay)> scripted = new();
    private int nextId;

    private FakeConnector(WebApplication app) => this.app = app;

    public ConcurrentQueue<ConnectorRequest> Requests { get; } = new();

    public int Port { get; private set; }

    /// <summary>Members the roster lookup (<c>GET …/members/{id}</c>) knows: account id to Entra object id; others are 404.</summary>
    public ConcurrentDictionary<string, string> MemberObjectIds { get; } = new(StringComparer.Ordinal);

    /// <summary>The service URL as 127.0.0.1.</summary>
    public string ServiceUrl => $"http://127.0.0.1:{Port}/";

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.Port = new Uri(address).Port;
        return connector;
    }

    /// <summary>The next request is answered with this status (and Retry-After) instead of success.</summary>
    public void Script(int status, string? retryAfter = null) => scripted.Enqueue((status, retryAfter, TimeSpan.Zero));

    /// <summary>The next request is answered as usual, but only after <paramref name="delay"/> (or when the caller gives up).</summary>
    public void ScriptSlow(TimeSpan delay) => scripted.Enqueue((0, null, delay));

    public async Task<ConnectorRequest> WaitForAsync(Func<ConnectorRequest, bool> match, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < until)
        {
            if (Requests.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The fake Connector did not receive the expected request. It received:\n"
            + string.Join("\n", Requests.Select(r => $"{r.Method} {r.Path}: {r.Shown}")));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var raw = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        Requests.Enqueue(new ConnectorRequest(context.Request.Method, raw, body, context.Request.Headers.Authorization.ToString(), DateTimeOffset.UtcNow));
        if (scripted.TryDequeue(out var script) && script.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(script.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        else if (script.Status > 0)
        {
            context.Response.StatusCode = script.Status;
            if (script.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = script.RetryAfter;
            }

            await context.Response.WriteAsync("""{"error":{"code":"Throttled","message":"slow down"}}""");
            return;
        }

        context.Response.ContentType = "application/json";
        if (context.Request.Method == "POST" && raw.TrimEnd('/').EndsWith("/v3/conversations", StringComparison.Ordinal))
        {
            await context.Response.WriteAsync("""{"id":"a:personal-chat"}""");
            return;
        }

        if (context.Request.Method == "GET" && raw.Split('/') is [.., "members", var escapedId])
        {
            var id = Uri.UnescapeDataString(escapedId);
            if (!MemberObjectIds.TryGetValue(id, out var aad))
            {
                context.Response.StatusCode = 404;
                await context.Response.WriteAsync("""{"error":{"code":"MemberNotFoundInConversation","message":"not a member"}}""");
                return;
            }

            await context.Response.WriteAsync(System.Text.Json.JsonSerializer.Serialize(new { id, name = id, aadObjectId = aad }));
            return;
        }

        if (context.Request.Method == "DELETE")
        {
            return;
        }

        await context.Response.WriteAsync($$"""{"id":"act-{{Interlocked.Increment(ref nextId)}}"}""");
    }
}
