using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using StudyBot.Data.Providers;
using StudyBot.Host.Cli;

namespace StudyBot.Host.Startup;

/// <summary>
/// What start-up would do first (settings, bank, database, port), done before the host starts so that a mistake ends
/// in one line naming the setting, not in the host's logged stack trace.
/// </summary>
internal static class StartupPreflight
{
    public static async Task<StartupFailure?> RunAsync(WebApplication app, CancellationToken cancellationToken)
    {
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
        }
        catch (Exception ex) when (StartupFailure.Describe(ex) is { } failure)
        {
            return failure;
        }

        if (PortInUse(app.Configuration["urls"]) is { } port)
        {
            return port;
        }

        DatabaseSettings? database = null;
        try
        {
            database = app.Services.GetRequiredService<DatabaseSettings>();
            await ActivatorUtilities.CreateInstance<StartupTasks>(app.Services).PrepareAsync(cancellationToken);
        }
        catch (Exception ex) when ((StartupFailure.Describe(ex) ?? (database is null ? null : DatabaseFailure.Describe(ex, database, ConnectionStringSet(app)))) is { } failure)
        {
            return failure;
        }

        return null;
    }

    private static bool ConnectionStringSet(WebApplication app) =>
        !string.IsNullOrWhiteSpace(app.Configuration.GetConnectionString(DatabaseSettings.ConnectionStringName));

    /// <summary>A port another process listens on; Kestrel would fail the same way, with a stack trace and no hint.</summary>
    private static StartupFailure? PortInUse(string? urls)
    {
        foreach (var url in (urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri) || uri.Port <= 0)
            {
                continue;
            }

            var address = uri.IsLoopback ? IPAddress.Loopback : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) ? ip : null;
            if (address is null)
            {
                continue;
            }

            try
            {
                var listener = new TcpListener(address, uri.Port);
                listener.Start();
                listener.Stop();
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                return new StartupFailure(ExitCodes.Environment,
                    $"Port {uri.Port} on {uri.Host} is in use by another process. Start with --urls http://{uri.Host}:{uri.Port + 1} (or set ASPNETCORE_URLS), or stop the other process.");
            }
            catch (SocketException ex) when (ex.SocketErrorCode is SocketError.AccessDenied or SocketError.AddressNotAvailable)
            {
                return new StartupFailure(ExitCodes.Environment,
                    $"Cannot listen on {url} ({ex.Message}). Choose another address or port with --urls (or ASPNETCORE_URLS).");
            }
        }

        return null;
    }
}
