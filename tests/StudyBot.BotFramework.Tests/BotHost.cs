using StudyBot.Tests.Shared;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StudyBot.Engine;

namespace StudyBot.BotFramework.Tests;

/// <summary>The bot (engine + the per-port fakes + this adapter) on Kestrel at 127.0.0.1, port 0. A new host is a restart.</summary>
internal sealed class BotHost : IAsyncDisposable
{
    private static readonly QuestionBank Bank = TestBank.Load();

    private readonly WebApplication app;
    private readonly HttpClient http;

    private BotHost(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        http = new HttpClient { BaseAddress = baseAddress };
    }

    public IServiceProvider Services => app.Services;

    public static async Task<BotHost> StartAsync(FakeStores stores, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Services.AddStudyBotEngine();
        builder.Services.AddSingleton(Bank);
        builder.Services.AddFakeStores(stores);
        builder.AddStudyBotBotFramework();
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapStudyBotBotFramework();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BotHost(app, new Uri(address));
    }

    public Task<HttpResponseMessage> PostAsync(string activityJson, string? bearer = null) =>
        PostAsync(Encoding.UTF8.GetBytes(activityJson), bearer);

    /// <summary>Posts these exact bytes (which need not be UTF-8, or JSON) as the activity.</summary>
    public async Task<HttpResponseMessage> PostAsync(byte[] body, string? bearer = null)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        return await http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        // Sends still queued from this test stop with its host, as they do at shutdown, instead of reaching the next test.
        await app.Services.GetRequiredService<BackgroundWork>().DrainAsync(TimeSpan.FromSeconds(2));
        http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
