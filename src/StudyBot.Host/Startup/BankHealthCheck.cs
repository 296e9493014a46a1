using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace StudyBot.Host.Startup;

/// <summary>The question bank loaded (start-up stops when it does not, so this only waits for start-up).</summary>
internal sealed class BankHealthCheck(StartupState state, IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.Ready
            ? HealthCheckResult.Healthy($"{services.GetRequiredService<QuestionBank>().Count} questions")
            : HealthCheckResult.Unhealthy("starting: not loaded yet"));
}
