using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace StudyBot.Data.Providers;

/// <summary>SQLite connections with <see cref="SqliteConnectionSettings"/> applied on open, for code that takes a data source (Quartz).</summary>
public sealed class SqliteDataSource(string connectionString) : DbDataSource
{
    public override string ConnectionString => connectionString;

    protected override DbConnection CreateDbConnection() => new SettingsConnection(connectionString);

    private sealed class SettingsConnection(string connectionString) : SqliteConnection(connectionString)
    {
        public override void Open()
        {
            base.Open();
            SqliteConnectionSettings.Apply(this);
        }

        public override async Task OpenAsync(CancellationToken cancellationToken)
        {
            await base.OpenAsync(cancellationToken);
            await SqliteConnectionSettings.ApplyAsync(this, cancellationToken);
        }
    }
}
