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
using StudyBot.Tests.Shared;
using StudyBot.Tests.Shared.Fakes;

namespace StudyBot.Discord.Tests;

/// <summary>The Discord adapter over the real engine, the per-port fakes and the test bank, served by Kestrel on loopback.</summary>
internal sealed class DiscordTestHost : IAsyncDisposable
{
    private DiscordTestHost(WebApplication app, HttpClient client, FakeTimeProvider time, FakeStores stores)
    {
        App = app;
        Client = client;
        Time = time;
        Stores = stores;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public FakeTimeProvider Time { get; }

    public FakeStores Stores { get; }

    public IReadOnlyList<Channel> Channels => Stores.Channels.Channels;

    public IReadOnlyList<Member> Members => Stores.Members.Members;

    public IReadOnlyList<Round> Rounds => Stores.Rounds.Rounds;

    public IReadOnlyList<Answer> Answers => Stores.Answers.Answers;

    public static Dictionary<string, string?> Settings(string apiBaseUrl = "http://127.0.0.1:9/api/v10") => new()
    {
        ["Discord:ApplicationId"] = "1000",
        ["Discord:PublicKey"] = TestSigner.PublicKeyHex,
        ["Discord:BotToken"] = "test-token",
        ["Discord:ApiBaseUrl"] = apiBaseUrl,
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
        TimeProvider clock = realTime ? TimeProvider.System : time;
        builder.Services.AddSingleton(clock);
        var stores = builder.Services.AddFakeStores(new FakeStores(clock));
        builder.Services.AddSingleton(TestBank.Load(TestBank.Yaml + "\n" + TestBank.MlsSingle));
        builder.Services.AddStudyBotEngine();
        builder.AddStudyBotDiscord();
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapStudyBotDiscord();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DiscordTestHost(app, new HttpClient { BaseAddress = new Uri(address) }, time, stores);
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
