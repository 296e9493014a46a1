using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace StudyBot.BotFramework.Activities;

/// <summary>
/// Reads and writes activities with System.Text.Json. Reading is the edge of the adapter: a body is read and checked here
/// once (<see cref="Read"/>), and malformed input gives a problem to answer 400 with, never an exception in a handler.
/// </summary>
public static class ActivityJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>
    /// The body as an activity, checked by <see cref="ActivityRules"/>. <see cref="ActivityReading.Activity"/> is null when
    /// the body is not UTF-8 JSON of an activity with a type; it is set with a <see cref="ActivityReading.Problem"/> when the
    /// activity was read but breaks a rule (a null in an array, an id of the wrong shape).
    /// </summary>
    /// <param name="utf8">The body as received.</param>
    /// <param name="entraIdsAreGuids">Also require tenant, object and group ids to be GUIDs (<see cref="ActivityRules.EntraIdProblem"/>).</param>
    public static ActivityReading Read(ReadOnlySpan<byte> utf8, bool entraIdsAreGuids = false)
    {
        if (!Utf8.IsValid(utf8))
        {
            return new ActivityReading(null, "The body is not valid UTF-8.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(utf8, Options);
        }
        catch (JsonException ex)
        {
            return new ActivityReading(null, ex.Path is { Length: > 1 } path ? $"The body is not an activity (at {path})." : "The body is not an activity.");
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json refuses escaped text that is not valid UTF-16, such as a lone surrogate (\ud800).
            return new ActivityReading(null, "The body holds text that is not valid Unicode.");
        }

        if (activity is not { Type.Length: > 0 })
        {
            return new ActivityReading(null, "The activity has no type.");
        }

        return new ActivityReading(activity, ActivityRules.Problem(activity) ?? (entraIdsAreGuids ? ActivityRules.EntraIdProblem(activity) : null));
    }

    /// <summary>The activity as read, without the rules: null when the body is not a JSON activity with a type.</summary>
    public static Activity? Parse(ReadOnlySpan<byte> utf8) => Read(utf8).Activity;

    public static Activity? Parse(string json) => Parse(System.Text.Encoding.UTF8.GetBytes(json));

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
