using Microsoft.Extensions.Hosting.Systemd;

namespace StudyBot.Host.Startup;

/// <summary>
/// The host's lifetime when <see cref="StopSignals"/> owns the signals. The console and systemd lifetimes stop the
/// application the moment a signal comes, even while the host is starting: Kestrel's bind and Quartz's start are then
/// cancelled and the host logs "Hosting failed to start" with a stack trace. Here a signal during the start waits for
/// the start to finish (a second or so) and then stops in order (<see cref="WebApplicationExtensions"/>). Under
/// systemd it still reports readiness and stopping (Type=notify).
/// </summary>
public sealed class StopSignalLifetime(IHostApplicationLifetime lifetime, ILogger<StopSignalLifetime> logger, ISystemdNotifier? systemd = null)
    : IHostLifetime, IDisposable
{
    private readonly List<CancellationTokenRegistration> _registrations = [];

    public Task WaitForStartAsync(CancellationToken cancellationToken)
    {
        _registrations.Add(lifetime.ApplicationStarted.Register(() => Notify(ServiceState.Ready)));
        _registrations.Add(lifetime.ApplicationStopping.Register(() =>
        {
            logger.LogInformation("Stopping: finishing the work in progress");
            Notify(ServiceState.Stopping);
        }));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Notify(ServiceState state)
    {
        if (systemd is { IsEnabled: true })
        {
            systemd.Notify(state);
        }
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
