using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Discord.Handlers;

namespace StudyBot.Discord.Tests;

public sealed class RecentInteractionsTests
{
    private readonly FakeTimeProvider _time = new(DiscordTestHost.DefaultStart);

    private RecentInteractions Create(int capacity = RecentInteractions.DefaultCapacity) =>
        new(Options.Create(new DiscordOptions { TimestampTolerance = TimeSpan.FromMinutes(5) }), _time) { Capacity = capacity };

    [Fact]
    public void TryClaim_SameIdTwice_OnlyTheFirstClaims()
    {
        var sut = Create();

        var first = sut.TryClaim("786008729715212338");
        var second = sut.TryClaim("786008729715212338");
        var other = sut.TryClaim("786008729715212339");

        Assert.True(first);
        Assert.False(second);
        Assert.True(other);
    }

    [Fact]
    public void TryClaim_WithinTwiceTheWindow_IsStillARepeat_AfterItIsNew()
    {
        var sut = Create();
        sut.TryClaim("1");

        _time.Advance(TimeSpan.FromMinutes(9));
        var within = sut.TryClaim("1");
        _time.Advance(TimeSpan.FromMinutes(2));
        var after = sut.TryClaim("1");

        Assert.False(within);
        Assert.True(after);
    }

    [Fact]
    public void TryClaim_BeyondCapacity_StaysBoundedAndDropsTheOldest()
    {
        var sut = Create(capacity: 100);

        for (var i = 0; i < 1000; i++)
        {
            sut.TryClaim(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _time.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.InRange(sut.Count, 1, 101);
        Assert.False(sut.TryClaim("999"));
        Assert.True(sut.TryClaim("0"));
    }

    [Fact]
    public void TryClaim_ExpiredIds_AreSweptWhenFull()
    {
        var sut = Create(capacity: 10);
        for (var i = 0; i < 10; i++)
        {
            sut.TryClaim("old" + i);
        }

        _time.Advance(TimeSpan.FromMinutes(11));
        sut.TryClaim("new");

        Assert.Equal(1, sut.Count);
    }
}
