using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudyBot.Discord.Interactions;

/// <summary>Discord's JSON shape: snake_case names, absent rather than null fields, snowflakes as strings.</summary>
public static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new OptionValueConverter() },
    };
}
