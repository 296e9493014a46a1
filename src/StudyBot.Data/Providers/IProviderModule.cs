using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;

namespace StudyBot.Data.Providers;

/// <summary>What a provider brings: its services, and Quartz's store settings. Chosen in one place, <see cref="ProviderModules.For"/>.</summary>
internal interface IProviderModule
{
    /// <summary>
    /// Registers the provider's dialect, data source (keyed <see cref="ProviderModules.DataSourceKey"/>), context pool, write
    /// lane and whatever else it runs; the <see cref="DatabaseSettings"/> come from the container.
    /// </summary>
    void Register(IServiceCollection services);

    QuartzStoreSettings QuartzStore(DatabaseSettings settings);

    /// <summary>The provider as people name it (for messages).</summary>
    string DisplayName { get; }

    /// <summary>The provider's own connection-string parser; throws <see cref="ArgumentException"/> on an unknown keyword or bad value.</summary>
    DbConnectionStringBuilder Parse(string connectionString);

    /// <summary>Where the data is, without credentials.</summary>
    string Location(string connectionString);

    /// <summary>
    /// What a failure reaching or writing the database means, with the setting to change and never the password; null when
    /// the exception is not one this provider explains.
    /// </summary>
    string? DescribeFailure(Exception exception, string connectionString, bool connectionStringSet);
}
