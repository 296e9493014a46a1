using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace StudyBot.Discord.Gateway;

/// <summary>Ready while the gateway session is up; unhealthy once Discord refused it for good.</summary>
public sealed class DiscordGatewayHealthCheck(DiscordGatewayState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.Status switch
        {
            GatewayStatus.Ready => HealthCheckResult.Healthy("Discord gateway session ready"),
            GatewayStatus.Failed => HealthCheckResult.Unhealthy("Discord gateway stopped: " + state.Reason),
            _ => HealthCheckResult.Degraded("Discord gateway " + state.Status.ToString().ToLowerInvariant()),
        });
}
