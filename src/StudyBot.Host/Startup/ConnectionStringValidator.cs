using Microsoft.Extensions.Options;
using StudyBot.Data;

namespace StudyBot.Host.Startup;

/// <summary>Stops start-up on a connection string the provider cannot parse, before anything tries to connect with it.</summary>
internal sealed class ConnectionStringValidator(IConfiguration configuration) : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var connectionString = configuration.GetConnectionString(DataServiceCollectionExtensions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return ValidateOptionsResult.Success;
        }

        var problem = DatabaseFailure.ParseProblem(options.IsPostgres, connectionString);
        return problem is null
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"ConnectionStrings:StudyBot is not a valid {(options.IsPostgres ? "PostgreSQL" : "SQLite")} connection string: {problem}");
    }
}
