using System.Data;

namespace StudyBot.Data.Providers;

/// <summary>A parameter of a <see cref="SqlStatement"/>; no <see cref="Type"/> marks an instant, typed by the dialect.</summary>
public readonly record struct SqlParameterValue(string Name, DbType? Type, object? Value);
