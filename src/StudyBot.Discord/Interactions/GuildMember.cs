using System.Globalization;

namespace StudyBot.Discord.Interactions;

public sealed record GuildMember(DiscordUser? User, string? Nick, string? Permissions)
{
    public const ulong Administrator = 0x8;
    public const ulong ManageGuild = 0x20;

    /// <summary>The member's computed permissions in the channel, a decimal bitset string.</summary>
    public ulong PermissionBits => ulong.TryParse(Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits) ? bits : 0;

    public bool CanManageServer => (PermissionBits & (ManageGuild | Administrator)) != 0;
}
