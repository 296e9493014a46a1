using System.Globalization;

namespace StudyBot.Discord.Interactions;

/// <summary>Discord's ids: an unsigned 64-bit number written in decimal, 1 to 20 digits, without leading zeros.</summary>
public static class Snowflake
{
    public const int MaxLength = 20;

    /// <summary>
    /// True for a canonical snowflake. Leading zeros are refused as well: "007" and "7" would otherwise be two members
    /// (or channels) for one Discord id.
    /// </summary>
    public static bool IsValid(string? value) =>
        value is { Length: > 0 and <= MaxLength }
        && value.All(char.IsAsciiDigit)
        && (value.Length == 1 || value[0] != '0')
        && ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _);
}
