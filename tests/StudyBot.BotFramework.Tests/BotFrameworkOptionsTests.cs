using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace StudyBot.BotFramework.Tests;

public sealed class BotFrameworkOptionsTests
{
    [Fact]
    public void Validate_AppIdWithoutPassword_FailsNamingTheKey()
    {
        var sut = new BotFrameworkOptionsValidator();

        var result = sut.Validate(null, new BotFrameworkOptions { AppId = TestTokens.AppId });

        Assert.True(result.Failed);
        Assert.Contains("BotFramework:AppPassword", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a tenant")]
    public void Validate_MalformedTenant_Fails(string tenant)
    {
        var result = new BotFrameworkOptionsValidator().Validate(null, new BotFrameworkOptions { AppId = TestTokens.AppId, AppPassword = "x", TenantId = tenant });

        Assert.Contains("BotFramework:TenantId", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DevelopmentMode_Succeeds()
    {
        var result = new BotFrameworkOptionsValidator().Validate(null, new BotFrameworkOptions());

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Start_InvalidSettings_StopsStartUp()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["BotFramework:AppId"] = TestTokens.AppId });
        builder.AddStudyBotBotFramework();
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("BotFramework:AppPassword", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenIdMetadataUrl_Unset_IsMicrosoftsPublicCloudDocument()
    {
        var sut = new BotFrameworkOptions();

        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", sut.OpenIdMetadataUrl);
        Assert.True(new BotFrameworkOptionsValidator().Validate(null, sut).Succeeded);
    }

    [Theory]
    [InlineData("https://login.botframework.azure.us/v1/.well-known/openidconfiguration")]
    [InlineData("http://127.0.0.1:5005/openidconfiguration")]
    [InlineData("http://localhost:5005/openidconfiguration")]
    public void Validate_HttpsOrLoopbackMetadataUrl_Succeeds(string url)
    {
        var result = new BotFrameworkOptionsValidator().Validate(null, new BotFrameworkOptions { OpenIdMetadataUrl = url });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("/v1/.well-known/openidconfiguration")]
    [InlineData("ftp://login.botframework.com/keys")]
    [InlineData("https://user:pw@login.botframework.com/keys")]
    [InlineData("")]
    public void Validate_MetadataUrlNotHttps_FailsNamingTheKey(string url)
    {
        var result = new BotFrameworkOptionsValidator().Validate(null, new BotFrameworkOptions { OpenIdMetadataUrl = url });

        Assert.True(result.Failed);
        Assert.Contains("BotFramework:OpenIdMetadataUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_MetadataUrlNotHttps_StopsStartUpNamingTheKey()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["BotFramework:OpenIdMetadataUrl"] = "http://keys.example.com/openid" });
        builder.AddStudyBotBotFramework();
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("BotFramework:OpenIdMetadataUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyCache_CustomMetadataUrl_FetchesTheKeysFromThere()
    {
        var openId = new FakeOpenIdHandler();
        openId.AddKey("gov-key", "msteams");
        const string url = "https://login.botframework.azure.us/v1/.well-known/openidconfiguration";
        var sut = new Auth.BotFrameworkKeyCache(new FakeHttpClientFactory(openId), Options.Create(new BotFrameworkOptions { OpenIdMetadataUrl = url }),
            new Microsoft.Extensions.Time.Testing.FakeTimeProvider(TestTokens.Now), Microsoft.Extensions.Logging.Abstractions.NullLogger<Auth.BotFrameworkKeyCache>.Instance);

        var keys = await sut.GetAsync(default);

        Assert.Equal(url, openId.Requested.First());
        Assert.Contains("gov-key", keys.Keys.Keys);
    }

    [Fact]
    public async Task KeyCache_DefaultSettings_FetchesMicrosoftsDocument()
    {
        var openId = new FakeOpenIdHandler();
        openId.AddKey("teams-key", "msteams");
        var sut = new Auth.BotFrameworkKeyCache(new FakeHttpClientFactory(openId), Options.Create(new BotFrameworkOptions()),
            new Microsoft.Extensions.Time.Testing.FakeTimeProvider(TestTokens.Now), Microsoft.Extensions.Logging.Abstractions.NullLogger<Auth.BotFrameworkKeyCache>.Instance);

        await sut.GetAsync(default);

        Assert.Equal(BotFrameworkOptions.DefaultOpenIdMetadataUrl, openId.Requested.First());
    }

    [Fact]
    public void EffectiveServiceUrlHosts_DefaultsToTeamsHosts()
    {
        var sut = new BotFrameworkOptions();

        Assert.Contains("smba.trafficmanager.net", sut.EffectiveServiceUrlHosts);
    }
}
