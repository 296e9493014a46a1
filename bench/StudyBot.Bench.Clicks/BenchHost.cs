using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StudyBot.Host.Startup;

namespace StudyBot.Bench.Clicks;

/// <summary>
/// The bot's host, composed exactly as <c>src/StudyBot.Host/Program.cs</c> does (<c>AddStudyBot()</c>, <c>MapStudyBot()</c>),
/// on Kestrel at 127.0.0.1 with a free port, a fresh SQLite data directory, and Discord pointed at the loopback fake.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchHost(WebApplication app, string dataDirectory, string baseAddress)
    {
        _app = app;
        DataDirectory = dataDirectory;
        BaseAddress = baseAddress;
    }

    public string DataDirectory { get; }

    public string BaseAddress { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<BenchHost> StartAsync(string publicKeyHex, string apiBaseUrl, CancellationToken cancellationToken)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "studybot-bench-clicks-" + Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Database:Provider"] = "Sqlite",
            ["Database:DataDirectory"] = dataDirectory,
            ["Database:MigrateOnStart"] = "true",
            ["Discord:Mode"] = "Http",
            ["Discord:ApplicationId"] = InteractionPayloads.ApplicationId,
            ["Discord:PublicKey"] = publicKeyHex,
            ["Discord:BotToken"] = "bench-bot-token",
            ["Discord:ApiBaseUrl"] = apiBaseUrl,
            ["Scheduling:Clustered"] = "false",

            // Per-click information logs (one line per recorded answer) would measure the console, not the bot.
            ["Logging:LogLevel:Default"] = "Warning",
        });

        builder.AddStudyBot();
        var app = builder.Build();
        app.MapStudyBot();

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new BenchHost(app, dataDirectory, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _app.StopAsync();
        }
        finally
        {
            await _app.DisposeAsync();
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(DataDirectory))
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
        }
    }
}
