using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudyBot.BotFramework.Activities;

/// <summary>Reads and writes activities with System.Text.Json; malformed input gives null, never an exception.</summary>
public static class ActivityJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static Activity? Parse(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var activity = JsonSerializer.Deserialize<Activity>(utf8, Options);
            return activity is { Type.Length: > 0 } ? activity : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static Activity? Parse(string json) => Parse(System.Text.Encoding.UTF8.GetBytes(json));

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
