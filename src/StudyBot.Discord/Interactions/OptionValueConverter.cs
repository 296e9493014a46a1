using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudyBot.Discord.Interactions;

/// <summary>
/// Reads an option's <c>value</c> into the engine's <see cref="RawValue"/> while parsing: a string, a number (kept as its
/// literal, so 1.5, 2^63 or 1e400 reach the catalog's check unrounded) or a boolean. Any other JSON is not an option value.
/// </summary>
internal sealed class OptionValueConverter : JsonConverter<RawValue>
{
    public override RawValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new RawValue(RawKind.String, reader.GetString() ?? string.Empty),
        JsonTokenType.Number => new RawValue(RawKind.Number, Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan)),
        JsonTokenType.True => new RawValue(RawKind.Boolean, "true"),
        JsonTokenType.False => new RawValue(RawKind.Boolean, "false"),
        _ => throw new JsonException("An option value must be a string, a number or a boolean."),
    };

    public override void Write(Utf8JsonWriter writer, RawValue value, JsonSerializerOptions options)
    {
        switch (value.Kind)
        {
            case RawKind.Number:
                writer.WriteRawValue(value.Text);
                break;
            case RawKind.Boolean:
                writer.WriteBooleanValue(value.Text == "true");
                break;
            default:
                writer.WriteStringValue(value.Text);
                break;
        }
    }
}
