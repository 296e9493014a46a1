using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace StudyBot.Host.Startup;

/// <summary>Quartz runs: without it no daily question is posted, though clicks and commands still work.</summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var status = scheduler.Status;
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy(scheduler.SchedulerName)
            : HealthCheckResult.Unhealthy(status.ToString().ToLowerInvariant());
    }
}
