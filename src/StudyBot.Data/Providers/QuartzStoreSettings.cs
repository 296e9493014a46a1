using System.Data.Common;

namespace StudyBot.Data.Providers;

/// <summary>
/// What Quartz's persistent (ADO) job store needs to keep its tables in the bot's database, so the host configures Quartz
/// without asking which provider runs. The tables themselves come with the bot's migrations.
/// </summary>
/// <param name="ProviderName">Quartz's ADO provider name: <c>SQLite-Microsoft</c> or <c>Npgsql</c>.</param>
/// <param name="DriverDelegateType">Quartz's SQL dialect, as an assembly-qualified type name (Data does not reference Quartz).</param>
/// <param name="TablePrefix">How the migrations named Quartz's tables: <c>QRTZ_</c> on SQLite, <c>qrtz_</c> on PostgreSQL.</param>
/// <param name="ConnectionString">The bot's database.</param>
/// <param name="SupportsClustering">Whether several hosts may share the store (<c>Scheduling:Clustered</c>); a SQLite file cannot be shared.</param>
public sealed record QuartzStoreSettings(
    string ProviderName,
    string DriverDelegateType,
    string TablePrefix,
    string ConnectionString,
    bool SupportsClustering)
{
    private Func<string, DbDataSource> _dataSource = _ => throw new InvalidOperationException("No data source for Quartz.");

    /// <summary>
    /// A data source of Quartz's own, with the connection settings the bot's connections carry (SQLite: WAL-friendly pragmas,
    /// busy timeout), so the job store and the bot wait for each other in SQLite rather than failing.
    /// </summary>
    public DbDataSource CreateDataSource() => _dataSource(ConnectionString);

    internal QuartzStoreSettings WithDataSource(Func<string, DbDataSource> create) => this with { _dataSource = create };
}
