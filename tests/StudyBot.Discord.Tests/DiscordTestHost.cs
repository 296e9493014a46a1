using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
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
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    private readonly TimeProvider _clock;

    private DiscordTestHost(WebApplication app, HttpClient client, FakeTimeProvider time, TimeProvider clock, FakeStores stores, CapturedLogs logs)
    {
        App = app;
        Client = client;
        Time = time;
        _clock = clock;
        Stores = stores;
        Logs = logs;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public FakeTimeProvider Time { get; }

    public FakeStores Stores { get; }

    /// <summary>Everything the host logged, at every level.</summary>
    public CapturedLogs Logs { get; }

    /// <summary>Now, as Discord would sign it: Unix seconds of the host's clock.</summary>
    public string Timestamp => _clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    public IReadOnlyList<Community> Communities => Stores.Channels.Communities;

    /// <summary>Rows in every table.</summary>
    public int RowCount => Communities.Count + Channels.Count + Members.Count + Rounds.Count + Answers.Count + Stores.Quizzes.Quizzes.Count + Stores.Digests.Digests.Count;

    /// <summary>Every row of every table as text: a refused request must leave it exactly as it was (no insert, no update).</summary>
    public string Snapshot() => JsonSerializer.Serialize(new object[]
    {
        Communities, Channels, Members, Rounds, Answers, Stores.Quizzes.Quizzes, Stores.Digests.Digests,
    });

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

    public static async Task<DiscordTestHost> StartAsync(
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null, bool realTime = false, DateTimeOffset? start = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var logs = new CapturedLogs();
        builder.Logging.AddProvider(logs);
        if (Environment.GetEnvironmentVariable("STUDYBOT_TEST_LOG") == "1")
        {
            builder.Logging.AddConsole();
        }

        builder.Configuration.AddInMemoryCollection(settings ?? Settings());
        var time = new FakeTimeProvider(start ?? DefaultStart);
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
        return new DiscordTestHost(app, new HttpClient { BaseAddress = new Uri(address) }, time, clock, stores, logs);
    }

    /// <summary>Signs and posts a body as Discord would now (or at <paramref name="timestamp"/>).</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string json, string? timestamp = null) => PostSignedAsync(Encoding.UTF8.GetBytes(json), timestamp);

    public Task<HttpResponseMessage> PostSignedAsync(byte[] body, string? timestamp = null)
    {
        var stamp = timestamp ?? Timestamp;
        return PostAsync(body, TestSigner.Sign(stamp, body), stamp);
    }

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
