using System.Data;
using System.Data.Common;

namespace StudyBot.Data.Providers;

/// <summary>Running a bound command and mapping its rows, shared by the read and the write side.</summary>
internal static class SqlExecution
{
    public static async Task<T?> ReadRowAsync<T>(DbCommand command, Func<DbDataReader, T> map, CancellationToken cancellationToken)
        where T : class
    {
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? map(reader) : null;
    }

    public static async Task ReadRowsAsync<T>(DbCommand command, Func<DbDataReader, T> map, List<T> rows, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }
    }
}
