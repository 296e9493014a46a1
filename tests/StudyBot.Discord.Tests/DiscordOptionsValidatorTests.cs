namespace StudyBot.Discord.Tests;

public sealed class DiscordOptionsValidatorTests
{
    private const string NotAPoint = "0200000000000000000000000000000000000000000000000000000000000000";

    private static DiscordOptions Valid() => new()
    {
        ApplicationId = "1000",
        PublicKey = TestSigner.PublicKeyHex,
        BotToken = "secret-token-value",
    };

    [Fact]
    public void Validate_NothingSet_SucceedsAndStaysOff()
    {
        var options = new DiscordOptions();

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded);
        Assert.False(options.IsConfigured);
        Assert.False(options.AcceptsHttpInteractions);
    }

    [Fact]
    public void Ed25519PublicKey_PointOfTheCurveOrNot_IsToldApart()
    {
        // RFC 8032's first test key, and 64 hex characters whose y (2) has no x on the curve.
        Assert.True(Ed25519PublicKey.IsValid("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        Assert.False(Ed25519PublicKey.IsValid(NotAPoint));
        Assert.False(Ed25519PublicKey.IsValid(new string('0', 64)));
        Assert.False(Ed25519PublicKey.IsValid("d75a98"));
    }

    [Fact]
    public void Validate_PublicKeyNotAnEd25519Point_FailsNamingTheKey_AndTheVerifierHasNoKey()
    {
        var options = Valid();
        options.PublicKey = NotAPoint;

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Discord:PublicKey is 64 hex characters but no Ed25519 public key", result.FailureMessage, StringComparison.Ordinal);
        Assert.False(new DiscordSignatureVerifier(NotAPoint).HasKey);
        Assert.True(new DiscordSignatureVerifier(TestSigner.PublicKeyHex).HasKey);
    }

    [Fact]
    public void Validate_AllKeys_Succeeds()
    {
        var result = new DiscordOptionsValidator().Validate(null, Valid());

        Assert.True(result.Succeeded);
    }

    public static TheoryData<string, string> BadValues() => new()
    {
        { "ApplicationId", "Discord:ApplicationId" },
        { "PublicKey", "Discord:PublicKey" },
        { "BotToken", "Discord:BotToken" },
        { "ApiBaseUrl", "Discord:ApiBaseUrl" },
        { "ApiBaseUrlPlain", "Discord:ApiBaseUrl" },
        { "GatewayUrl", "Discord:GatewayUrl" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Validate_BadValue_NamesTheKey(string field, string key)
    {
        var options = Valid();
        switch (field)
        {
            case "ApplicationId": options.ApplicationId = "my-app"; break;
            case "PublicKey": options.PublicKey = "abc"; break;
            case "BotToken": options.BotToken = " "; break;
            case "ApiBaseUrl": options.ApiBaseUrl = "not a url"; break;
            case "ApiBaseUrlPlain": options.ApiBaseUrl = "http://discord.example.com/api/v10"; break;
            case "GatewayUrl": options.GatewayUrl = "ws://gateway.example.com"; break;
        }

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage);
        Assert.DoesNotContain("secret-token-value", result.FailureMessage);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/api/v10")]
    [InlineData("http://localhost:5000/api/v10")]
    [InlineData("http://[::1]:5000/api/v10")]
    public void Validate_PlainHttpOnLoopback_Succeeds(string url)
    {
        var options = Valid();
        options.ApiBaseUrl = url;
        options.GatewayUrl = url.Replace("http", "ws", StringComparison.Ordinal);

        Assert.True(new DiscordOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_GatewayModeWithoutPublicKey_Succeeds()
    {
        var options = Valid();
        options.Mode = DiscordMode.Gateway;
        options.PublicKey = null;

        Assert.True(new DiscordOptionsValidator().Validate(null, options).Succeeded);
        Assert.False(options.AcceptsHttpInteractions);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:05:00")]
    [InlineData("00:00:00.5000000")]
    [InlineData("02:00:00")]
    public void Validate_TimestampToleranceOutOfRange_NamesTheKey(string tolerance)
    {
        var options = Valid();
        options.TimestampTolerance = TimeSpan.Parse(tolerance, System.Globalization.CultureInfo.InvariantCulture);

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Discord:TimestampTolerance", result.FailureMessage);
    }

    [Fact]
    public void TimestampTolerance_Default_IsFiveMinutesAndValid()
    {
        var options = Valid();

        Assert.Equal(TimeSpan.FromMinutes(5), options.TimestampTolerance);
        Assert.True(new DiscordOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public async Task Start_BadTimestampTolerance_FailsNamingTheKey()
    {
        var settings = DiscordTestHost.Settings();
        settings["Discord:TimestampTolerance"] = "00:00:00";

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => DiscordTestHost.StartAsync(settings));

        Assert.Contains("Discord:TimestampTolerance", ex.Message);
    }

    [Fact]
    public async Task Start_PartialConfiguration_FailsNamingTheKey()
    {
        var settings = new Dictionary<string, string?> { ["Discord:ApplicationId"] = "1000", ["Discord:PublicKey"] = TestSigner.PublicKeyHex };

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => DiscordTestHost.StartAsync(settings));

        Assert.Contains("Discord:BotToken", ex.Message);
    }
}
