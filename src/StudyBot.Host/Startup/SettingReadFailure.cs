using System.Text.RegularExpressions;

namespace StudyBot.Host.Startup;

/// <summary>
/// A setting whose text does not convert to its type (<c>maybe</c> for a true/false setting, an unknown mode), as the
/// configuration binder reports it: said with the key and the values it takes, never the value given.
/// </summary>
internal static partial class SettingReadFailure
{
    public static string? Describe(InvalidOperationException exception)
    {
        if (Failed().Match(exception.Message) is not { Success: true } match)
        {
            return null;
        }

        var key = match.Groups["key"].Value;
        var typeName = match.Groups["type"].Value;
        var type = FindType(typeName);
        var expected = type switch
        {
            null => "a valid " + typeName[(typeName.LastIndexOf('.') + 1)..],
            { IsEnum: true } => "one of " + string.Join(", ", Enum.GetNames(type)),
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(TimeSpan) => "a duration such as 00:00:15",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ => "a " + type.Name,
        };
        return $"{key} must be {expected}.";
    }

    private static Type? FindType(string name)
    {
        var underlying = NullableOf().Match(name) is { Success: true } nullable ? nullable.Groups["inner"].Value : name;
        return Type.GetType(underlying)
               ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(underlying, throwOnError: false)).FirstOrDefault(t => t is not null);
    }

    // The binder's own words (Microsoft.Extensions.Configuration.Binder, as ConfigurationBinder.Get and GetValue throw them).
    [GeneratedRegex(@"^Failed to convert configuration value .*at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex Failed();

    [GeneratedRegex(@"^System\.Nullable`1\[\[?(?<inner>[^,\]]+)")]
    private static partial Regex NullableOf();
}
