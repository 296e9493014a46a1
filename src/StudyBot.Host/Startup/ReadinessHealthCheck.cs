using Microsoft.Extensions.Diagnostics.HealthChecks;
using StudyBot.Data;

namespace StudyBot.Host.Startup;

/// <summary>Ready when start-up finished (bank loaded, migrations applied) and the database answers.</summary>
internal sealed class ReadinessHealthCheck(StartupState state, DatabaseMigrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.Ready)
        {
            return HealthCheckResult.Unhealthy("starting: question bank or database not ready yet");
        }

        try
        {
            return await migrator.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("database reachable, question bank loaded")
                : HealthCheckResult.Unhealthy("database unreachable");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("database unreachable", ex);
        }
    }
}
