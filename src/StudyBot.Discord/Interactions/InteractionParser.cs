using System.Text.Json;
using System.Text.Unicode;

namespace StudyBot.Discord.Interactions;

/// <summary>
/// Reads an interaction from (already verified) raw bytes and checks it once, here at the edge: a body that is not UTF-8,
/// not JSON, not an interaction, or holds a null in a list, an id that is no snowflake or an option value that is no
/// scalar is refused, so the handlers only ever see interactions of this shape.
/// </summary>
public static class InteractionParser
{
    /// <summary>The interaction, or null when the body is malformed.</summary>
    public static Interaction? Parse(ReadOnlySpan<byte> body) => TryParse(body, out var interaction, out _) ? interaction : null;

    /// <summary>The interaction, or false with what is wrong with the body (for the log; never sent back).</summary>
    public static bool TryParse(ReadOnlySpan<byte> body, out Interaction? interaction, out string problem)
    {
        interaction = null;
        if (!Utf8.IsValid(body))
        {
            problem = "the body is not valid UTF-8";
            return false;
        }

        try
        {
            interaction = JsonSerializer.Deserialize<Interaction>(body, DiscordJson.Options);
        }
        catch (JsonException)
        {
            problem = "the body is not an interaction's JSON";
            return false;
        }

        return Checked(ref interaction, out problem);
    }

    /// <summary>An interaction from the gateway's INTERACTION_CREATE, checked as an HTTP one is.</summary>
    public static bool TryParse(JsonElement data, out Interaction? interaction, out string problem)
    {
        try
        {
            interaction = data.Deserialize<Interaction>(DiscordJson.Options);
        }
        catch (JsonException)
        {
            interaction = null;
            problem = "the data is not an interaction's JSON";
            return false;
        }

        return Checked(ref interaction, out problem);
    }

    private static bool Checked(ref Interaction? interaction, out string problem)
    {
        if (interaction is null)
        {
            problem = "the body is null";
            return false;
        }

        var found = InteractionRules.Problem(interaction);
        if (found is not null)
        {
            interaction = null;
            problem = found;
            return false;
        }

        problem = string.Empty;
        return true;
    }
}
