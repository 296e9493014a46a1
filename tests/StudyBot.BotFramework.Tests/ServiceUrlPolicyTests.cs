using Microsoft.Extensions.Options;
using StudyBot.BotFramework.Connector;

namespace StudyBot.BotFramework.Tests;

public sealed class ServiceUrlPolicyTests
{
    private static ServiceUrlPolicy Create(string? appId) =>
        new(Options.Create(new BotFrameworkOptions { AppId = appId, AppPassword = "x" }));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net/teams", true)]
    [InlineData("https://SMBA.trafficmanager.net/emea/", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc", true)]
    [InlineData("http://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.example/amer/", false)]
    [InlineData("https://evil.example/smba.trafficmanager.net/", false)]
    [InlineData("https://user@smba.trafficmanager.net/amer/", false)]
    [InlineData("http://127.0.0.1:3978/", false)]
    [InlineData("not a url", false)]
    public void TryGetBaseUri_Production_AllowsOnlyTeamsHostsOverHttps(string url, bool allowed)
    {
        var ok = Create(TestTokens.AppId).TryGetBaseUri(url, out var uri);

        Assert.Equal(allowed, ok);
        if (ok)
        {
            Assert.EndsWith("/", uri.AbsoluteUri, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("http://localhost:56150/", true)]
    [InlineData("http://127.0.0.1:56150", true)]
    [InlineData("http://[::1]:56150/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", false)]
    public void TryGetBaseUri_DevelopmentMode_AllowsLoopbackOnly(string url, bool allowed)
    {
        Assert.Equal(allowed, Create(null).TryGetBaseUri(url, out _));
    }
}
