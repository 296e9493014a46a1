using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StudyBot.Data.Providers;

namespace StudyBot.Bench.Review;

/// <summary>The query plans of the reads <c>/review</c> makes, for the SQL EF generates (SQLite: EXPLAIN QUERY PLAN; PostgreSQL: EXPLAIN ANALYZE).</summary>
internal static class QueryPlans
{
    public static async Task<IReadOnlyList<string>> ExplainAsync(StudyBotDbContextFactory contexts, bool postgres, long memberId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var due = db.ReviewCards.AsNoTracking().Where(c => c.MemberId == memberId && c.Due <= now);
        var queries = new (string Name, string Sql)[]
        {
            ("ListDueCardsAsync", due.OrderBy(c => c.Due).ThenBy(c => c.QuestionId).Take(200).ToQueryString()),
            ("CountDueAsync (rows read)", due.Select(c => c.QuestionId).ToQueryString()),
            ("FindCardAsync", db.ReviewCards.AsNoTracking().Where(c => c.MemberId == memberId && c.QuestionId == "x").Take(1).ToQueryString()),
        };
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        var lines = new List<string>();
        foreach (var (name, generated) in queries)
        {
            await using var command = connection.CreateCommand();
            var sql = Bind(command, generated, postgres);
            command.CommandText = (postgres ? "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " : "EXPLAIN QUERY PLAN ") + sql;
            lines.Add($"{name}: {string.Join(" ", sql.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))}");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                lines.Add("    " + (postgres ? reader.GetString(0) : reader.GetString(reader.FieldCount - 1)));
            }
        }

        return lines;
    }

    /// <summary>
    /// Turns the parameter preamble of <c>ToQueryString</c> into parameters of <paramref name="command"/> and returns the
    /// statement. SQLite writes <c>.param set @p 1</c>; Npgsql writes <c>-- @p='1'</c> with a <c>(DbType = …)</c> suffix.
    /// </summary>
    private static string Bind(DbCommand command, string generated, bool postgres)
    {
        var statement = new List<string>();
        foreach (var line in generated.Split('\n'))
        {
            string? name = null, value = null;
            if (line.StartsWith(".param set ", StringComparison.Ordinal))
            {
                var parts = line[".param set ".Length..].Trim().Split(' ', 2);
                (name, value) = (parts[0], parts[1].Trim('\''));
            }
            else if (postgres && line.StartsWith("-- @", StringComparison.Ordinal))
            {
                var eq = line.IndexOf('=', StringComparison.Ordinal);
                name = line[3..eq];
                var rest = line[(eq + 1)..];
                value = rest[1..rest.IndexOf('\'', 1)];
            }

            if (name is null || value is null)
            {
                statement.Add(line);
                continue;
            }

            var parameter = command.CreateParameter();
            parameter.ParameterName = postgres ? name.TrimStart('@') : name;
            parameter.Value = long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
                : postgres && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t.ToUniversalTime()
                : value;
            command.Parameters.Add(parameter);
        }

        return string.Join('\n', statement).Trim();
    }
}
