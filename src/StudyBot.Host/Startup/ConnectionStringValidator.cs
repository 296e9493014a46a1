using Microsoft.Extensions.Options;
using StudyBot.Data;
using StudyBot.Data.Providers;

namespace StudyBot.Host.Startup;

/// <summary>Stops start-up on a connection string the provider cannot parse, before anything tries to connect with it.</summary>
internal sealed class ConnectionStringValidator(IConfiguration configuration) : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var connectionString = configuration.GetConnectionString(DatabaseSettings.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString) || DatabaseSettings.ParseProvider(options.Provider) is not { } provider)
        {
            return ValidateOptionsResult.Success;
        }

        var problem = DatabaseSettings.ConnectionStringProblem(provider, connectionString);
        return problem is null
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"ConnectionStrings:StudyBot is not a valid {DatabaseSettings.DisplayNameOf(provider)} connection string: {problem}");
    }
}
