using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace StudyBot.Data.Providers;

/// <summary>
/// <c>Database:DataDirectory</c> must be able to name a folder when it places the SQLite file (no connection string set);
/// whether the folder can be created is found out when start-up creates it.
/// </summary>
internal sealed class DataDirectoryValidator(IConfiguration configuration) : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (DatabaseSettings.ParseProvider(options.Provider) != DatabaseProvider.Sqlite
            || !string.IsNullOrWhiteSpace(configuration.GetConnectionString(DatabaseSettings.ConnectionStringName)))
        {
            return ValidateOptionsResult.Success;
        }

        return DatabaseSettings.DataDirectoryProblem(options.DataDirectory) is { } problem
            ? ValidateOptionsResult.Fail(problem)
            : ValidateOptionsResult.Success;
    }
}
