using System.Data;

namespace StudyBot.Data.Providers;

/// <summary>
/// One hand-written SQL statement and its parameters, bound by the provider's dialect when it runs: instants are kept as
/// instants here, and each provider writes them as it stores them (<see cref="ISqlDialect"/>).
/// </summary>
/// <param name="text">The SQL, parameters named with <c>@</c>.</param>
/// <param name="parameterCount">How many parameters to make room for (the hot statements know it).</param>
public sealed class SqlStatement(string text, int parameterCount = 4)
{
    private readonly List<SqlParameterValue> _parameters = new(parameterCount);

    public string Text { get; } = text;

    public IReadOnlyList<SqlParameterValue> Parameters => _parameters;

    public SqlStatement Add(string name, DbType type, object? value)
    {
        _parameters.Add(new SqlParameterValue(name, type, value));
        return this;
    }

    public SqlStatement AddInstant(string name, DateTimeOffset value)
    {
        _parameters.Add(new SqlParameterValue(name, null, value));
        return this;
    }
}
