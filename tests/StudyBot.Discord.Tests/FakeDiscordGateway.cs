using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Channel = System.Threading.Channels.Channel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StudyBot.Discord.Tests;

/// <summary>A loopback WebSocket server that hands each gateway connection to the test to script.</summary>
internal sealed class FakeDiscordGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();

    private FakeDiscordGateway(WebApplication app) => _app = app;

    public string Url { get; private set; } = string.Empty;

    public int ConnectionCount;

    private readonly System.Collections.Concurrent.ConcurrentBag<FakeGatewayConnection> _all = [];

    public static async Task<FakeDiscordGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var gateway = new FakeDiscordGateway(app);
        app.UseWebSockets();
        app.Run(gateway.AcceptAsync);
        await app.StartAsync();
        gateway.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway";
        return gateway;
    }

    public async Task<FakeGatewayConnection> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await _connections.Reader.ReadAsync(cts.Token);
    }

    public bool TryNext(out FakeGatewayConnection? connection) => _connections.Reader.TryRead(out connection);

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        var socket = await context.WebSockets.AcceptWebSocketAsync();
        Interlocked.Increment(ref ConnectionCount);
        var connection = new FakeGatewayConnection(socket, context.Request.Path + context.Request.QueryString);
        _all.Add(connection);
        await _connections.Writer.WriteAsync(connection);
        await connection.RunAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _all)
        {
            connection.Release();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
