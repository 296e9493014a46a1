using Microsoft.Extensions.Options;
using StudyBot.Data;

namespace StudyBot.Host.Startup;

/// <summary>Before anything listens: the bank must load and the database must be migrated, or start-up stops.</summary>
internal sealed class StartupTasks(
    IServiceProvider services,
    DatabaseMigrator migrator,
    IOptions<DatabaseOptions> database,
    StartupState state,
    ILogger<StartupTasks> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => state.Ready ? Task.CompletedTask : PrepareAsync(cancellationToken);

    /// <summary>Also run by <see cref="StartupPreflight"/> before the host starts, so a failure can be reported in one line.</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var bank = services.GetRequiredService<QuestionBank>();
        logger.LogInformation("Question bank loaded: {Count} questions", bank.Count);
        if (database.Value.MigrateOnStart)
        {
            state.AppliedMigrations = await migrator.MigrateAsync(cancellationToken);
        }

        // Question versions, and a corrected bank's re-grade of the rounds asked in the old version (once; see the service).
        await services.GetRequiredService<QuestionVersionService>().SweepAsync(cancellationToken);

        state.Ready = true;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
