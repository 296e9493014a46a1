namespace StudyBot.Host.Startup;

/// <summary>
/// A hosted service whose start a stop request does not cut off at once, only after <see cref="Grace"/>. Quartz cut off
/// while opening its store reports a failed schema check, and the host logged a start-up failure with its stack trace for
/// what was only a SIGTERM; given a moment it finishes starting, and the host then stops it in order. (Kestrel's service
/// is added by WebApplicationBuilder.Build, out of reach; a stop in the few milliseconds it binds is still logged so.)
/// </summary>
internal sealed class GracefulStart(IHostedService inner) : IHostedLifecycleService
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    public IHostedService Inner => inner;

    /// <summary>Wraps, in its place among the hosted services, each registration <paramref name="which"/> picks.</summary>
    public static void Wrap(IServiceCollection services, Func<Type, bool> which)
    {
        for (var i = 0; i < services.Count; i++)
        {
            var registered = services[i];
            if (registered.ServiceType != typeof(IHostedService) || registered.IsKeyedService
                || (registered.ImplementationType ?? registered.ImplementationFactory?.Method.ReturnType) is not { } type || !which(type))
            {
                continue;
            }

            services[i] = ServiceDescriptor.Singleton<IHostedService>(sp => new GracefulStart(registered.ImplementationFactory is { } create
                ? (IHostedService)create(sp)
                : (IHostedService)ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!)));
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) =>
        inner is IHostedLifecycleService lifecycle ? WithGraceAsync(lifecycle.StartingAsync, cancellationToken) : Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => WithGraceAsync(inner.StartAsync, cancellationToken);

    public Task StartedAsync(CancellationToken cancellationToken) =>
        inner is IHostedLifecycleService lifecycle ? WithGraceAsync(lifecycle.StartedAsync, cancellationToken) : Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) =>
        inner is IHostedLifecycleService lifecycle ? lifecycle.StoppingAsync(cancellationToken) : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => inner.StopAsync(cancellationToken);

    public Task StoppedAsync(CancellationToken cancellationToken) =>
        inner is IHostedLifecycleService lifecycle ? lifecycle.StoppedAsync(cancellationToken) : Task.CompletedTask;

    private static async Task WithGraceAsync(Func<CancellationToken, Task> step, CancellationToken cancellationToken)
    {
        using var graced = new CancellationTokenSource();
        await using var stop = cancellationToken.Register(() => graced.CancelAfter(Grace));
        await step(graced.Token);
    }
}
