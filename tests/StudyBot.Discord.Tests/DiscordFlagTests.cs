using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Tests.Shared;

namespace StudyBot.Discord.Tests;

/// <summary>Reporting a problem from Discord (button, modal, modal submit) and an admin's fix-key with one command.</summary>
public sealed class DiscordFlagTests
{
    private const string OneQuestion = """
        topic: flagged
        title: One flagged question
        questions:
          - id: f-1
            type: single
            difficulty: 2
            exams:
              - { exam: AIF-C01, domain: 1 }
            prompt: Which service turns speech into text?
            choices:
              A: Amazon Polly
              B: Amazon Transcribe
              C: Amazon Textract
            answer: A
            explanation: The key here is wrong on purpose, so the test can fix it.
            references: [https://docs.aws.amazon.com/transcribe/latest/dg/what-is.html]
            verified: 2026-12-03
        """;

    /// <summary>A modal submit (type 5) with a reason select and a text input, each in a label as Discord sends them.</summary>
    private static string ModalSubmit(string customId, string reason, string text)
    {
        var body = JsonNode.Parse(InteractionJson.Click(customId))!.AsObject();
        body["type"] = 5;
        body.Remove("message");
        body["data"] = new JsonObject
        {
            ["custom_id"] = customId,
            ["components"] = new JsonArray(
                new JsonObject { ["type"] = 18, ["component"] = new JsonObject { ["type"] = 3, ["custom_id"] = "reason", ["values"] = new JsonArray(reason) } },
                new JsonObject { ["type"] = 18, ["component"] = new JsonObject { ["type"] = 4, ["custom_id"] = "text", ["value"] = text } }),
        };
        return body.ToJsonString();
    }

    [Fact]
    public async Task ReportButton_OpensAModal_SubmitStoresOnce_AndAnAdminFixesTheKey()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(DiscordTestHost.Settings(fake.BaseUrl), services => services.AddSingleton(TestBank.Load(OneQuestion)));
        await host.PostSignedAsync(InteractionJson.Command("setup", permissions: InteractionJson.AdminPermissions,
            options: InteractionJson.Subcommand("daily", InteractionJson.Options(("time", "09:00"), ("timezone", "UTC")))));
        var round = (await host.App.Services.GetRequiredService<DailyRoundService>().PostAsync(host.Channels.Single().Id, null, CancellationToken.None))!;
        var transcribe = ((char)('A' + round.ChoiceOrder.IndexOf('B', StringComparison.Ordinal))).ToString();
        await host.PostSignedAsync(InteractionJson.Click($"d:{round.Id}:{transcribe}", flags: 0));
        Assert.False(Assert.Single(host.Answers).Correct);

        using var button = await host.PostSignedAsync(InteractionJson.Click($"p:{round.Id}:"));
        var modal = await InteractionJson.ReadAsync(button);
        using var submit = await host.PostSignedAsync(ModalSubmit($"f:{round.Id}:", "wrong-answer", "Transcribe turns speech into text; Polly speaks."));
        var thanks = await InteractionJson.ReadAsync(submit);
        using var again = await host.PostSignedAsync(ModalSubmit($"f:{round.Id}:", "typo", "second"));
        var thanksAgain = await InteractionJson.ReadAsync(again);

        Assert.Equal(9, modal.GetProperty("type").GetInt32());
        Assert.Equal($"f:{round.Id}:", modal.GetProperty("data").GetProperty("custom_id").GetString());
        var select = modal.GetProperty("data").GetProperty("components")[0].GetProperty("component");
        Assert.Equal((3, "reason"), (select.GetProperty("type").GetInt32(), select.GetProperty("custom_id").GetString()));
        Assert.Equal(5, select.GetProperty("options").GetArrayLength());
        Assert.Equal(4, modal.GetProperty("data").GetProperty("components")[1].GetProperty("component").GetProperty("type").GetInt32());
        Assert.Equal(64, thanks.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.StartsWith("Thanks for the report", thanks.GetProperty("data").GetProperty("content").GetString());
        Assert.StartsWith("Thanks again", thanksAgain.GetProperty("data").GetProperty("content").GetString());
        var flag = Assert.Single(host.Stores.Flags.Flags);
        Assert.Equal(("f-1", "Transcribe turns speech into text; Polly speaks."), (flag.QuestionId, flag.Text));

        using var member = await host.PostSignedAsync(InteractionJson.Command("flags", options: InteractionJson.Subcommand("list")));
        var refused = await InteractionJson.ReadAsync(member);
        using var list = await host.PostSignedAsync(InteractionJson.Command("flags", permissions: InteractionJson.AdminPermissions, options: InteractionJson.Subcommand("list")));
        var listed = await InteractionJson.ReadAsync(list);
        using var resolve = await host.PostSignedAsync(InteractionJson.Command("flags", permissions: InteractionJson.AdminPermissions,
            options: InteractionJson.Subcommand("resolve", InteractionJson.Options(("id", "f-1"), ("action", "fix-key"), ("answer", "B"), ("note", "Checked the docs")))));
        var resolved = await InteractionJson.ReadAsync(resolve);

        Assert.Contains("Manage Server", refused.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains("1** — 1 report(s): wrong-answer ×1", listed.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains("Fixed the key of f-1 to B", resolved.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        var answer = Assert.Single(host.Answers);
        Assert.Equal((true, 2), (answer.Correct, answer.Points));
        Assert.NotNull(Assert.Single(host.Stores.Flags.Flags).ResolvedAt);
    }

    [Fact]
    public async Task ModalSubmit_WithoutAReason_IsRefusedAndStoresNothing()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(DiscordTestHost.Settings(fake.BaseUrl), services => services.AddSingleton(TestBank.Load(OneQuestion)));
        await host.PostSignedAsync(InteractionJson.Command("setup", permissions: InteractionJson.AdminPermissions,
            options: InteractionJson.Subcommand("daily", InteractionJson.Options(("time", "09:00"), ("timezone", "UTC")))));
        var round = (await host.App.Services.GetRequiredService<DailyRoundService>().PostAsync(host.Channels.Single().Id, null, CancellationToken.None))!;

        using var submit = await host.PostSignedAsync(ModalSubmit($"f:{round.Id}:", "nonsense", "x"));
        var reply = await InteractionJson.ReadAsync(submit);

        Assert.Equal(4, reply.GetProperty("type").GetInt32());
        Assert.StartsWith("Pick what is wrong", reply.GetProperty("data").GetProperty("content").GetString());
        Assert.Empty(host.Stores.Flags.Flags);
    }
}
