using System.Net;
using System.Text;

namespace StudyBot.Host.Tests;

public sealed class BotFrameworkHostTests
{
    [Fact]
    public async Task Messages_DevelopmentModeFromAnUnknownAddress_Is401()
    {
        await using var factory = new StudyBotFactory();
        using var client = factory.CreateClient();

        // The test server has no remote address: not provably loopback, so development mode refuses it.
        var response = await client.PostAsync("/api/messages", new StringContent("""{"type":"message","text":"help"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Messages_AppIdSetWithoutToken_Is401()
    {
        await using var factory = new StudyBotFactory(new Dictionary<string, string?>
        {
            ["BotFramework:AppId"] = "11111111-2222-3333-4444-555555555555",
            ["BotFramework:AppPassword"] = "secret",
        });
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/messages", new StringContent("""{"type":"message","text":"help"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
