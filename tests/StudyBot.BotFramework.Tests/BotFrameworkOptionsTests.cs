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
    public void EffectiveServiceUrlHosts_DefaultsToTeamsHosts()
    {
        var sut = new BotFrameworkOptions();

        Assert.Contains("smba.trafficmanager.net", sut.EffectiveServiceUrlHosts);
    }
}
