using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using StudyBot.BotFramework.Auth;

namespace StudyBot.BotFramework.Tests;

public sealed class BotFrameworkAuthenticatorTests
{
    private static readonly IPAddress Remote = IPAddress.Parse("52.112.0.10");

    private readonly FakeOpenIdHandler openId = new();
    private readonly FakeTimeProvider time = new(TestTokens.Now);
    private readonly RsaSecurityKey teamsKey;

    public BotFrameworkAuthenticatorTests()
    {
        teamsKey = openId.AddKey("teams-key", "msteams", "skype");
        openId.AddKey("bare-key", null);
        openId.AddKey("other-channel-key", "slack");
    }

    [Fact]
    public async Task AuthenticateAsync_ValidToken_IsAuthenticated()
    {
        var sut = Create();

        var result = await sut.AuthenticateAsync(Bearer(TestTokens.Create(teamsKey)), Remote, "msteams", TestTokens.ServiceUrl, default);

        Assert.Equal(AuthOutcome.Authenticated, result.Outcome);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task AuthenticateAsync_OtherRsaAlgorithms_AreAuthenticated(string algorithm)
    {
        var sut = Create();

        var result = await sut.AuthenticateAsync(Bearer(TestTokens.Create(teamsKey, algorithm)), Remote, "msteams", TestTokens.ServiceUrl, default);

        Assert.Equal(AuthOutcome.Authenticated, result.Outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_WrongIssuer_IsUnauthorized()
    {
        var result = await Create().AuthenticateAsync(Bearer(TestTokens.Create(teamsKey, issuer: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/")), Remote, "msteams", TestTokens.ServiceUrl, default);

        Assert.Equal(AuthOutcome.Unauthorized, result.Outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_WrongAudience_IsUnauthorized()
    {
        var result = await Create().AuthenticateAsync(Bearer(TestTokens.Create(teamsKey, audience: "99999999-2222-3333-4444-555555555555")), Remote, "msteams", TestTokens.ServiceUrl, default);

        Assert.Equal(AuthOutcome.Unauthorized, result.Outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredBeyondSkew_IsUnauthorized()
    {
        var token = TestTokens.Create(teamsKey, notBefore: TestTokens.Now.AddHours(-2), expires: TestTokens.Now.AddMinutes(-6));

        var result = await Create().AuthenticateAsync(Bearer(token), Remote, "msteams", TestTokens.ServiceUrl, default);

        Assert.Equal(AuthOutcome.Unauthorized, result.Outcome);
        Assert.Contains("expired", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredWithinSkew_IsAuthenticated()
    {
        var token = TestTokens.Create(teamsKey, notBefore: TestTokens.Now.AddHours(-2), expires: TestTokens.Now.AddMinutes(-4));

        var result = await Create().AuthenticateAsync(Bearer(token), Remote, "msteams", TestTokens.ServiceUrl, default);

        Assert.Equal(AuthOutcome.Authenticated, result.Outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_NotYetValid_IsUnauthorized()
    {
        var token = TestTokens.Create(teamsKey, notBefore: TestTokens.Now.AddMinutes(10), expires: TestTokens.Now.AddHours(2));

        var result = await Create().AuthenticateAsync(Bearer(token), Remote, "msteams", TestTokens.ServiceUrl, default);

        Assert.Equal(AuthOutcome.Unauthorized, result.Outcome);
        Assert.Contains("not valid yet", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateAsync_AlgNone_IsUnauthorized()
    {
        var result = await Create().AuthenticateAsync(Bearer(TestTokens.Unsigned("teams-key")), Remote, "msteams", TestTokens.ServiceUrl, default);

        Assert.Equal(AuthOutcome.Unauthorized, result.Outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_Hs256WithKnownKeyId_IsUnauthorized()
    {
        var secret = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("a shared secret that is long enough for HS256 signing")) { KeyId = "teams-key" };

        var result = await Create().AuthenticateAsync(Bearer(TestTokens.Create(secret, SecurityAlgorithms.HmacSha256)), Remote, "msteams", TestTokens.ServiceUrl, default);

        Assert.Equal(AuthOutcome.Unauthorized, result.Outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKey_IsUnauthorizedAfterOneRefresh()
    {
        var sut = Create();
        var stranger = new RsaSecurityKey(System.Security.Cryptography.RSA.Create(2048)) { KeyId = "stranger" };

        var result = await sut.AuthenticateAsync(Bearer(TestTokens.Create(stranger)), Remote, "msteams", TestTokens.ServiceUrl, default);

        Assert.Equal(AuthOutcome.Unauthorized, result.Outcome);
        Assert.Equal(2, openId.MetadataFetches);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyAddedAfterCaching_IsFoundByRefreshOnUnknownKid()
    {
        var sut = Create();
        await sut.AuthenticateAsync(Bearer(TestTokens.Create(teamsKey)), Remote, "msteams", TestTokens.ServiceUrl, default);
        var rotated = openId.AddKey("rotated-key", "msteams");

        var result = await sut.AuthenticateAsync(Bearer(TestTokens.Create(rotated)), Remote, "msteams", TestTokens.ServiceUrl, default);

        Assert.Equal(AuthOutcome.Authenticated, result.Outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_KeysOlderThanADay_AreRefetched()
    {
        var sut = Create();
        await sut.AuthenticateAsync(Bearer(TestTokens.Create(teamsKey)), Remote, "msteams", TestTokens.ServiceUrl, default);
        time.Advance(TimeSpan.FromHours(25));

        await sut.AuthenticateAsync(Bearer(TestTokens.Create(teamsKey, notBefore: time.GetUtcNow(), expires: time.GetUtcNow().AddHours(1))), Remote, "msteams", TestTokens.ServiceUrl, default);

        Assert.Equal(2, openId.MetadataFetches);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyWithoutEndorsements_IsForbidden()
    {
        var bare = openId.AddKey("bare-2", null);

        var result = await Create().AuthenticateAsync(Bearer(TestTokens.Create(bare)), Remote, "msteams", TestTokens.ServiceUrl, default);

        Assert.Equal(AuthOutcome.Forbidden, result.Outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyEndorsedForAnotherChannel_IsForbidden()
    {
        var slack = openId.AddKey("slack-2", "slack");

        var result = await Create().AuthenticateAsync(Bearer(TestTokens.Create(slack)), Remote, "msteams", TestTokens.ServiceUrl, default);

        Assert.Equal(AuthOutcome.Forbidden, result.Outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlMismatch_IsUnauthorized()
    {
        var result = await Create().AuthenticateAsync(Bearer(TestTokens.Create(teamsKey)), Remote, "msteams", "https://smba.trafficmanager.net/emea/", default);

        Assert.Equal(AuthOutcome.Unauthorized, result.Outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_NoServiceUrlClaim_IsUnauthorized()
    {
        var result = await Create().AuthenticateAsync(Bearer(TestTokens.Create(teamsKey, serviceUrl: null)), Remote, "msteams", TestTokens.ServiceUrl, default);

        Assert.Equal(AuthOutcome.Unauthorized, result.Outcome);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic abc")]
    [InlineData("Bearer")]
    [InlineData("Bearer  two spaces")]
    [InlineData("Bearer not-a-jwt")]
    public async Task AuthenticateAsync_MissingOrMalformedHeaderWithAppId_IsUnauthorized(string? header)
    {
        var result = await Create().AuthenticateAsync(header, IPAddress.Loopback, "msteams", TestTokens.ServiceUrl, default);

        Assert.Equal(AuthOutcome.Unauthorized, result.Outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_DevelopmentModeFromElsewhere_IsUnauthorized()
    {
        var sut = Create(appId: null);

        var result = await sut.AuthenticateAsync(null, Remote, "msteams", "http://localhost:56150/", default);

        Assert.Equal(AuthOutcome.Unauthorized, result.Outcome);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task AuthenticateAsync_DevelopmentModeFromLoopback_IsAnonymous(string address)
    {
        var sut = Create(appId: null);

        var result = await sut.AuthenticateAsync(null, IPAddress.Parse(address), "msteams", "http://localhost:56150/", default);

        Assert.Equal(AuthOutcome.Anonymous, result.Outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyEndpointDown_IsUnauthorizedNotThrown()
    {
        var sut = new BotFrameworkAuthenticator(
            Options.Create(new BotFrameworkOptions { AppId = TestTokens.AppId, AppPassword = "x" }),
            new BotFrameworkKeyCache(new FakeHttpClientFactory(new FailingHandler()), Options.Create(new BotFrameworkOptions()), time, NullLogger<BotFrameworkKeyCache>.Instance),
            time,
            NullLogger<BotFrameworkAuthenticator>.Instance);

        var result = await sut.AuthenticateAsync(Bearer(TestTokens.Create(teamsKey)), Remote, "msteams", TestTokens.ServiceUrl, default);

        Assert.Equal(AuthOutcome.Unauthorized, result.Outcome);
    }

    private static string Bearer(string token) => "Bearer " + token;

    private BotFrameworkAuthenticator Create(string? appId = TestTokens.AppId) => new(
        Options.Create(new BotFrameworkOptions { AppId = appId, AppPassword = "secret" }),
        new BotFrameworkKeyCache(new FakeHttpClientFactory(openId), Options.Create(new BotFrameworkOptions()), time, NullLogger<BotFrameworkKeyCache>.Instance),
        time,
        NullLogger<BotFrameworkAuthenticator>.Instance);

    private sealed class FailingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
    }
}
