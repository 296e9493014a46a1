using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Engine;
using StudyBot.Engine.Ports;
using StudyBot.Tests.Shared;

namespace StudyBot.Discord.Tests;

/// <summary>The Discord adapter over the real engine, an in-memory store and the test bank, served by Kestrel on loopback.</summary>
internal sealed class DiscordTestHost : IAsyncDisposable
{
    private DiscordTestHost(WebApplication app, HttpClient client, FakeTimeProvider time, InMemoryStudyStore store)
    {
        App = app;
        Client = client;
        Time = time;
        Store = store;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public FakeTimeProvider Time { get; }

    public InMemoryStudyStore Store { get; }

    public static Dictionary<string, string?> Settings(string apiBaseUrl = "http://127.0.0.1:9/api/v10") => new()
    {
        ["Discord:ApplicationId"] = "1000",
        ["Discord:PublicKey"] = TestSigner.PublicKeyHex,
        ["Discord:BotToken"] = "test-token",
        ["Discord:ApiBaseUrl"] = apiBaseUrl,
        ["Discord:CountUpdateInterval"] = "00:00:05",
    };

    public static async Task<DiscordTestHost> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null, bool realTime = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("STUDYBOT_TEST_LOG") == "1")
        {
            builder.Logging.AddConsole();
        }

        builder.Configuration.AddInMemoryCollection(settings ?? Settings());
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        var store = new InMemoryStudyStore();
        builder.Services.AddSingleton(realTime ? TimeProvider.System : time);
        builder.Services.AddSingleton<IStudyStore>(store);
        builder.Services.AddSingleton(TestBank.Load(TestBank.Yaml + "\n" + TestBank.MlsSingle));
        builder.Services.AddStudyBotEngine();
        builder.AddStudyBotDiscord();
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapStudyBotDiscord();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DiscordTestHost(app, new HttpClient { BaseAddress = new Uri(address) }, time, store);
    }

    public Task<HttpResponseMessage> PostSignedAsync(string json, string timestamp = "1700000000") =>
        PostAsync(Encoding.UTF8.GetBytes(json), TestSigner.Sign(timestamp, Encoding.UTF8.GetBytes(json)), timestamp);

    public async Task<HttpResponseMessage> PostAsync(byte[] body, string? signature, string? timestamp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, DiscordInteractionsEndpoint.Route) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation(DiscordSignatureVerifier.SignatureHeader, signature);
        }

        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation(DiscordSignatureVerifier.TimestampHeader, timestamp);
        }

        return await Client.SendAsync(request);
    }

    public static bool IsSuccess(HttpStatusCode code) => (int)code is >= 200 and < 300;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
