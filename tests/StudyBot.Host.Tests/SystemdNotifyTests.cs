using System.Net.Sockets;
using System.Text;
using Microsoft.Data.Sqlite;

namespace StudyBot.Host.Tests;

/// <summary>
/// The notify protocol of <c>Type=notify</c> (deploy/systemd/studybot.service), spoken to a datagram socket of the test's
/// own as systemd would listen on one: READY=1 once the bot runs, STOPPING=1 when SIGTERM comes, nothing before.
/// </summary>
public sealed class SystemdNotifyTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "studybot-notify-" + Guid.NewGuid().ToString("N"));

    public SystemdNotifyTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [SkippableFact]
    public async Task Host_WithNotifySocket_SaysReadyWhenRunningAndStoppingOnSigterm()
    {
        Skip.If(OperatingSystem.IsWindows(), "the notify protocol is a Unix datagram socket");
        var socketPath = Path.Combine(_folder, "notify.sock");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));

        using var host = HostProcess.Start(new Dictionary<string, string>
        {
            ["Database__DataDirectory"] = Path.Combine(_folder, "data"),
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["NOTIFY_SOCKET"] = socketPath,
        });

        var first = await ReceiveAsync(socket, TimeSpan.FromSeconds(60));
        Assert.Contains("READY=1", first, StringComparison.Ordinal);
        Assert.Contains("StudyBot is running", await host.WaitForOutputAsync("StudyBot is running", TimeSpan.FromSeconds(30)), StringComparison.Ordinal);

        host.Signal("TERM");
        var second = await ReceiveAsync(socket, TimeSpan.FromSeconds(30));

        Assert.Contains("STOPPING=1", second, StringComparison.Ordinal);
        Assert.Equal(0, await host.WaitForExitAsync(TimeSpan.FromSeconds(45)));
    }

    private static async Task<string> ReceiveAsync(Socket socket, TimeSpan within)
    {
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(within);
        var read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
        return Encoding.UTF8.GetString(buffer, 0, read);
    }
}
