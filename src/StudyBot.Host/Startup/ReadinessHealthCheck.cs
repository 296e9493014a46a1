using Microsoft.Extensions.Diagnostics.HealthChecks;
using StudyBot.Data;

namespace StudyBot.Host.Startup;

/// <summary>The database answers (after start-up migrated it).</summary>
internal sealed class ReadinessHealthCheck(StartupState state, DatabaseMigrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.Ready)
        {
            return HealthCheckResult.Unhealthy("starting: not migrated yet");
        }

        try
        {
            return await migrator.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("reachable")
                : HealthCheckResult.Unhealthy("unreachable");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("unreachable: " + ex.GetType().Name);
        }
    }
}
