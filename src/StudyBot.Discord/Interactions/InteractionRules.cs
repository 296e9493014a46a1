namespace StudyBot.Discord.Interactions;

/// <summary>
/// What a well-formed interaction looks like to the bot: known type, snowflake ids, no nulls inside lists, bounded names
/// and values. The deserializer checks JSON types; these rules check what it lets through (nulls in arrays, any string
/// as an id). Each returns a short description of the first problem, or null.
/// </summary>
internal static class InteractionRules
{
    public const int MaxNameLength = 100;
    public const int MaxOptionNameLength = 32;
    public const int MaxTokenLength = 1000;
    public const int MaxLocaleLength = 20;
    public const int MaxListLength = 25;
    public const int MaxValueLength = 6000;
    public const int MaxOptionDepth = 3;
    public const int MaxPermissionsLength = 40;

    public static string? Problem(Interaction interaction)
    {
        if (interaction.Type is < InteractionType.Ping or > InteractionType.ModalSubmit)
        {
            return "unknown interaction type";
        }

        // A command, a click or a form acts, so it needs an id: repeats are recognised by it. (One without a member or a
        // user is well-formed JSON the dispatcher answers politely: nobody is there to act for.)
        var acts = interaction.Type is InteractionType.ApplicationCommand or InteractionType.MessageComponent or InteractionType.ModalSubmit;
        if (acts && interaction.Id is null)
        {
            return "no interaction id";
        }

        return Id("id", interaction.Id)
            ?? Id("application_id", interaction.ApplicationId)
            ?? Id("guild_id", interaction.GuildId)
            ?? Id("channel_id", interaction.ChannelId)
            ?? Channel(interaction.Channel)
            ?? Member(interaction.Member)
            ?? User("user", interaction.User)
            ?? Length("token", interaction.Token, MaxTokenLength)
            ?? Length("locale", interaction.Locale, MaxLocaleLength)
            ?? (interaction.Message is { } message ? Id("message.id", message.Id) : null)
            ?? Data(interaction);
    }

    private static string? Data(Interaction interaction)
    {
        var data = interaction.Data;
        if (data is null)
        {
            return interaction.Type is InteractionType.Ping ? null : "no data";
        }

        if (interaction.Type is InteractionType.ApplicationCommand or InteractionType.Autocomplete && data.Name is not { Length: > 0 })
        {
            return "a command without a name";
        }

        if (interaction.Type is InteractionType.MessageComponent or InteractionType.ModalSubmit && data.CustomId is not { Length: > 0 })
        {
            return "a component without a custom_id";
        }

        if (data.Values is { } values && (values.Count > MaxListLength || values.Any(v => v is not { Length: <= DiscordComponent.MaxCustomIdLength })))
        {
            return "data.values holds a null or an oversized value";
        }

        return Id("data.id", data.Id)
            ?? Length("data.name", data.Name, MaxOptionNameLength)
            ?? Length("data.custom_id", data.CustomId, DiscordComponent.MaxCustomIdLength)
            ?? (data.Type is < 1 or > 4 ? "unknown data.type" : null)
            ?? (data.ComponentType is < 1 or > 20 ? "unknown data.component_type" : null)
            ?? Options(data.Options, 1)
            ?? ModalComponent.Problem(data.Components)
            ?? Resolved(data.Resolved);
    }

    private static string? Options(IReadOnlyList<InteractionOption>? options, int depth)
    {
        if (options is null)
        {
            return null;
        }

        if (depth > MaxOptionDepth || options.Count > MaxListLength)
        {
            return "too many options";
        }

        foreach (var option in options)
        {
            if (option is null)
            {
                return "data.options holds a null";
            }

            if (option.Name is not { Length: > 0 and <= MaxOptionNameLength } || option.Type is < 1 or > InteractionOption.MaxType)
            {
                return "an option without a name or with an unknown type";
            }

            // A subcommand carries options, never a value; every other option carries a value and nothing nested.
            if (option.IsSubcommand ? option.Value is not null : option.Value is null || option.Options is { Count: > 0 })
            {
                return $"option {option.Name} has the wrong shape";
            }

            if (option.Value is { } value && value.Text.Length > MaxValueLength)
            {
                return $"option {option.Name} is too long";
            }

            if (Options(option.Options, depth + 1) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }

    private static string? Resolved(InteractionResolved? resolved)
    {
        foreach (var (id, user) in resolved?.Users ?? new Dictionary<string, DiscordUser>())
        {
            if (!Snowflake.IsValid(id) || user is null || user.Id != id || User("resolved user", user) is not null)
            {
                return "a resolved user is null or has a bad id";
            }
        }

        foreach (var (id, member) in resolved?.Members ?? new Dictionary<string, ResolvedMember>())
        {
            if (!Snowflake.IsValid(id) || member is null || Length("nick", member.Nick, MaxNameLength) is not null || Permissions(member.Permissions) is not null)
            {
                return "a resolved member is null or has a bad id";
            }
        }

        return null;
    }

    private static string? Channel(InteractionChannel? channel) =>
        channel is null ? null : Id("channel.id", channel.Id) ?? Length("channel.name", channel.Name, MaxNameLength);

    private static string? Member(GuildMember? member) =>
        member is null ? null : User("member.user", member.User) ?? Length("member.nick", member.Nick, MaxNameLength) ?? Permissions(member.Permissions);

    private static string? User(string field, DiscordUser? user)
    {
        if (user is null)
        {
            return null;
        }

        return !Snowflake.IsValid(user.Id)
            ? $"{field}.id is not a snowflake"
            : Length($"{field}.username", user.Username, MaxNameLength) ?? Length($"{field}.global_name", user.GlobalName, MaxNameLength);
    }

    // A decimal bitset; one wider than 64 bits is still well-formed (GuildMember then reads it as no permissions).
    private static string? Permissions(string? permissions) =>
        permissions is null || permissions is { Length: > 0 and <= MaxPermissionsLength } && permissions.All(char.IsAsciiDigit) ? null : "permissions is not a bitset";

    private static string? Id(string field, string? value) => value is null || Snowflake.IsValid(value) ? null : $"{field} is not a snowflake";

    private static string? Length(string field, string? value, int max) => value is null || value.Length <= max ? null : $"{field} is too long";
}
