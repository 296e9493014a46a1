using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace StudyBot.Host.Tests;

public sealed class MetricsTests
{
    [Fact]
    public async Task Metrics_AfterAQuizAndAnAnswer_ExposesProductAndPlatformMetrics()
    {
        await using var sut = new StudyBotFactory();
        using var client = sut.CreateClient();
        await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var quizzes = sut.Services.GetRequiredService<QuizService>();
        var member = new Actor(Platform.Terminal, "metrics", "metrics", Place.Terminal);
        var start = await quizzes.StartAsync(member, new QuizRequest(null, null, 2), CancellationToken.None);
        await quizzes.AnswerAsync(start.First!.RoundId, member, ["A"], CancellationToken.None);

        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        foreach (var name in new[]
        {
            "studybot_quizzes_started_total", "studybot_answers_total", "studybot_sqlite_writer_queue",
            "studybot_discord_rest_invalid_requests_total", "studybot_discord_gateway_state",
            "http_server_request_duration_seconds", "dotnet_gc_collections_total",
        })
        {
            Assert.Contains(name, metrics, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Forbidden)]
    [InlineData("203.0.113.0/24", HttpStatusCode.OK)]
    public async Task Metrics_CallerFromAnotherMachine_NeedsAnAllowedNetwork(string? allowed, HttpStatusCode expected)
    {
        var settings = new Dictionary<string, string?>();
        if (allowed is not null)
        {
            settings["Metrics:AllowedNetworks:0"] = allowed;
        }

        await using var factory = new StudyBotFactory(settings);
        await using var sut = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new RemoteCaller(IPAddress.Parse("203.0.113.7")))));
        using var client = sut.CreateClient();

        var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
    }

    /// <summary>Makes the in-process server see a caller from another machine.</summary>
    private sealed class RemoteCaller(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
