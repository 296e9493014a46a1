using Microsoft.Extensions.Time.Testing;
using StudyBot.BotFramework.Connector;

namespace StudyBot.BotFramework.Tests;

public sealed class ConversationPacerTests
{
    [Fact]
    public void Reserve_BurstUnderSeven_ThenAboutOnePerSecond()
    {
        var time = new FakeTimeProvider(TestTokens.Now);
        var sut = new ConversationPacer(time);

        var burst = Enumerable.Range(0, ConversationPacer.Burst).Select(_ => sut.Reserve("19:a")).ToList();
        var seventh = sut.Reserve("19:a");
        var eighth = sut.Reserve("19:a");
        var otherConversation = sut.Reserve("19:b");

        Assert.True(ConversationPacer.Burst < 7);
        Assert.All(burst, d => Assert.Equal(TimeSpan.Zero, d));
        Assert.Equal(TimeSpan.FromSeconds(1), seventh);
        Assert.Equal(TimeSpan.FromSeconds(2), eighth);
        Assert.Equal(TimeSpan.Zero, otherConversation);
    }

    [Fact]
    public void Reserve_AfterIdle_RefillsTheBucket()
    {
        var time = new FakeTimeProvider(TestTokens.Now);
        var sut = new ConversationPacer(time);
        for (var i = 0; i < ConversationPacer.Burst; i++)
        {
            sut.Reserve("19:a");
        }

        time.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(TimeSpan.Zero, sut.Reserve("19:a"));
        Assert.Equal(TimeSpan.Zero, sut.Reserve("19:a"));
        Assert.Equal(TimeSpan.Zero, sut.Reserve("19:a"));
        Assert.Equal(TimeSpan.FromSeconds(1), sut.Reserve("19:a"));
    }
}
