using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace StudyBot.Bench.Clicks;

/// <summary>
/// The load generator's side of one keep-alive HTTP/1.1 connection: it writes a request built beforehand and reads the
/// reply (status, Content-Length or chunked body). Like wrk, it spends little CPU of its own, so on a 2-core machine the
/// figures measure the host rather than a full HTTP client sharing its cores.
/// </summary>
internal sealed class KeepAliveConnection : IAsyncDisposable
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private readonly Socket _socket;
    private byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;

    private KeepAliveConnection(Socket socket) => _socket = socket;

    public static async Task<KeepAliveConnection> OpenAsync(Uri address, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Parse(address.Host), address.Port), cancellationToken);
        return new KeepAliveConnection(socket);
    }

    /// <summary>The bytes of a POST with a JSON body and the given extra headers.</summary>
    public static byte[] BuildPost(Uri address, string path, IEnumerable<(string Name, string Value)> headers, byte[] body)
    {
        var head = new StringBuilder()
            .Append("POST ").Append(path).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(address.Authority).Append("\r\n")
            .Append("Content-Type: application/json\r\n")
            .Append("Content-Length: ").Append(body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        var headBytes = Encoding.ASCII.GetBytes(head.Append("\r\n").ToString());
        var request = new byte[headBytes.Length + body.Length];
        headBytes.CopyTo(request, 0);
        body.CopyTo(request, headBytes.Length);
        return request;
    }

    /// <summary>Sends one request and reads its whole reply.</summary>
    public async Task<(int Status, string Body)> SendAsync(byte[] request, CancellationToken cancellationToken)
    {
        await _socket.SendAsync(request, SocketFlags.None, cancellationToken);

        int headerLength;
        while ((headerLength = _buffer.AsSpan(_start, _end - _start).IndexOf(HeaderEnd)) < 0)
        {
            await FillAsync(cancellationToken);
        }

        var head = Encoding.ASCII.GetString(_buffer, _start, headerLength);
        _start += headerLength + HeaderEnd.Length;
        var lines = head.Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        int? length = null;
        var chunked = false;
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(value, CultureInfo.InvariantCulture);
            }
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) && value.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            {
                chunked = true;
            }
        }

        if (!chunked)
        {
            return (status, await ReadExactlyAsync(length ?? 0, cancellationToken));
        }

        var body = new StringBuilder();
        while (true)
        {
            var size = Convert.ToInt32(await ReadLineAsync(cancellationToken), 16);
            if (size == 0)
            {
                await ReadLineAsync(cancellationToken);
                return (status, body.ToString());
            }

            body.Append(await ReadExactlyAsync(size, cancellationToken));
            await ReadLineAsync(cancellationToken);
        }
    }

    private async Task<string> ReadExactlyAsync(int count, CancellationToken cancellationToken)
    {
        while (_end - _start < count)
        {
            await FillAsync(cancellationToken);
        }

        var text = Encoding.UTF8.GetString(_buffer, _start, count);
        _start += count;
        return text;
    }

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        int length;
        while ((length = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n"u8)) < 0)
        {
            await FillAsync(cancellationToken);
        }

        var line = Encoding.ASCII.GetString(_buffer, _start, length);
        _start += length + 2;
        return line;
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var larger = new byte[_buffer.Length * 2];
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            _buffer = larger;
        }

        var read = await _socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, cancellationToken);
        if (read == 0)
        {
            throw new IOException("The host closed the connection.");
        }

        _end += read;
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
