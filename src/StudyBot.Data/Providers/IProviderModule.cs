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
}
