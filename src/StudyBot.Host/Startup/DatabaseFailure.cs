using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;
using StudyBot.Host.Cli;

using StudyBot.Data.Providers;

namespace StudyBot.Host.Startup;

/// <summary>What went wrong reaching or writing the database, said with the setting to change; never the password.</summary>
internal static class DatabaseFailure
{
    private const string ConnectionKey = "ConnectionStrings:StudyBot";

    /// <param name="exception">What start-up threw.</param>
    /// <param name="database">The database it used.</param>
    /// <param name="connectionStringSet">
    /// Whether <c>ConnectionStrings:StudyBot</c> placed the SQLite file (else <c>Database:DataDirectory</c> did), so that
    /// the message names the setting that placed it.
    /// </param>
    public static StartupFailure? Describe(Exception exception, DatabaseSettings database, bool connectionStringSet = false) => database.Provider switch
    {
        DatabaseProvider.Postgres => DescribePostgres(exception, database.ConnectionString),
        DatabaseProvider.Sqlite => DescribeSqlite(exception, database.ConnectionString, connectionStringSet),
        _ => null,
    };

    private static StartupFailure? DescribePostgres(Exception exception, string connectionString)
    {
        var target = Target(connectionString);
        var postgresError = Find<PostgresException>(exception);
        if (postgresError is not null)
        {
            return postgresError.SqlState switch
            {
                "28P01" or "28000" => Fail($"PostgreSQL at {target.Server} refused user '{target.User}' ({postgresError.MessageText}). Check Username and Password in {ConnectionKey}."),
                "3D000" => Fail($"PostgreSQL at {target.Server} has no database '{target.Database}'. Create it (createdb -h {target.Host} -U {target.User} {target.Database}) or change Database= in {ConnectionKey}."),
                // A missing database is created when the user may; otherwise creating it (or its tables) is refused here.
                "42501" => Fail($"PostgreSQL user '{target.User}' was refused on {target.Server} ({postgresError.MessageText}). Create database '{target.Database}' for it (createdb -h {target.Host} -O {target.User} {target.Database}) or grant the rights, or use another user in {ConnectionKey}."),
                _ => null,
            };
        }

        if (Find<SocketException>(exception) is { } socket)
        {
            return Fail($"PostgreSQL at {target.Server} is unreachable ({socket.Message}). Check that it runs and Host/Port in {ConnectionKey}.");
        }

        if (exception is NpgsqlException && Find<TimeoutException>(exception) is not null)
        {
            return Fail($"PostgreSQL at {target.Server} did not answer in time. Check that it runs and Host/Port in {ConnectionKey}.");
        }

        return null;
    }

    private static StartupFailure? DescribeSqlite(Exception exception, string connectionString, bool connectionStringSet)
    {
        string file, folder;
        try
        {
            file = new SqliteConnectionStringBuilder(connectionString).DataSource;
            folder = Path.GetDirectoryName(Path.GetFullPath(file)) ?? file;
        }
        catch (ArgumentException)
        {
            // The settings' validation reports a connection string or folder that cannot even be read.
            return null;
        }

        var reason = exception switch
        {
            UnauthorizedAccessException => "permission denied",
            IOException io => io.Message.TrimEnd('.'),
            SqliteException { SqliteErrorCode: 14 } => "the file cannot be created or opened there",
            SqliteException { SqliteErrorCode: 8 } => "the file or folder is read-only",
            SqliteException { SqliteErrorCode: 10 } => "a disk I/O error",
            _ => null,
        };
        return reason is null
            ? null
            : Fail($"The SQLite database {file} cannot be written ({reason}). Make {folder} writable for this user, or "
                   + (connectionStringSet ? $"change Data Source= in {ConnectionKey} to a writable place." : "set Database:DataDirectory to a writable folder."));
    }

    private static StartupFailure Fail(string message) => new(ExitCodes.Environment, SettingNames.WithEnvironmentVariables(message));

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static (string Host, string Server, string User, string Database) Target(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            var host = builder.Host ?? "localhost";
            return (host, $"{host}:{builder.Port}", builder.Username ?? Environment.UserName, builder.Database ?? builder.Username ?? "postgres");
        }
        catch (ArgumentException)
        {
            return ("?", "?", "?", "?");
        }
    }
}
