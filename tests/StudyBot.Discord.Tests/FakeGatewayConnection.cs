using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Channel = System.Threading.Channels.Channel;

namespace StudyBot.Discord.Tests;

/// <summary>One client connection to the fake gateway: what the client sent, and ways to answer or drop it.</summary>
internal sealed class FakeGatewayConnection(WebSocket socket, string pathAndQuery)
{
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public string PathAndQuery { get; } = pathAndQuery;

    /// <summary>Answer heartbeats with ACKs automatically.</summary>
    public bool AutoAck { get; set; } = true;

    public int? ClientCloseStatus { get; private set; }

    internal async Task RunAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        ClientCloseStatus = (int?)result.CloseStatus;
                        _received.Writer.TryComplete();
                        _done.TrySetResult();
                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                var payload = JsonDocument.Parse(message.ToArray()).RootElement.Clone();
                if (AutoAck && payload.GetProperty("op").GetInt32() == 1)
                {
                    await SendAsync(new { op = 11 });
                }

                await _received.Writer.WriteAsync(payload);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The test dropped or the client aborted the connection.
        }
        finally
        {
            _received.Writer.TryComplete();
            await _done.Task.WaitAsync(TimeSpan.FromSeconds(30)).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    public async Task SendAsync(object payload)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(payload)), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public Task HelloAsync(int heartbeatMs = 300) => SendAsync(new { op = 10, d = new { heartbeat_interval = heartbeatMs } });

    public Task DispatchAsync(string name, long sequence, object data) => SendAsync(new { op = 0, t = name, s = sequence, d = data });

    /// <summary>The next payload the client sent with this opcode (others are skipped); null if the connection ended.</summary>
    public async Task<JsonElement?> ReceiveOpAsync(int op, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        try
        {
            while (await _received.Reader.WaitToReadAsync(cts.Token))
            {
                while (_received.Reader.TryRead(out var payload))
                {
                    if (payload.GetProperty("op").GetInt32() == op)
                    {
                        return payload;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        return null;
    }

    public async Task CloseAsync(int code)
    {
        await socket.CloseOutputAsync((WebSocketCloseStatus)code, "test", CancellationToken.None);
        _done.TrySetResult();
    }

    public void Drop()
    {
        socket.Abort();
        _done.TrySetResult();
    }

    public void Release() => _done.TrySetResult();
}
