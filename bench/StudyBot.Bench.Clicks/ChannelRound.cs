using System.Text.Json.Nodes;

namespace StudyBot.Bench.Clicks;

/// <summary>A channel set up for the daily question, its posted round, the message as Discord holds it, and what to click.</summary>
internal sealed record ChannelRound(string ChannelId, Round Round, JsonObject Posted, ClickPlan Plan, QuestionType Type);
