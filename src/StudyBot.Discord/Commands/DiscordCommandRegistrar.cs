using Microsoft.Extensions.Options;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Commands;

/// <summary>The host's <c>discord register-commands [--guild ID]</c>: overwrites the command set (a guild's appears at once).</summary>
public sealed class DiscordCommandRegistrar(DiscordRestClient rest, IOptions<DiscordOptions> options, QuestionBank bank)
{
    public async Task<int> RegisterAsync(string? guildId, TextWriter output, CancellationToken cancellationToken)
    {
        if (!options.Value.IsConfigured)
        {
            await output.WriteLineAsync("Discord is not configured: set Discord:ApplicationId, Discord:PublicKey and Discord:BotToken first.");
            return 2;
        }

        if (guildId is not null && (guildId.Length == 0 || !guildId.All(char.IsAsciiDigit)))
        {
            await output.WriteLineAsync($"'{guildId}' is not a server id; copy it with Developer Mode on (right-click the server, Copy Server ID).");
            return 2;
        }

        try
        {
            var count = await rest.BulkOverwriteCommandsAsync(guildId, DiscordCommandDefinitions.Build(bank.Exams), cancellationToken);
            await output.WriteLineAsync(guildId is null
                ? $"Registered {count} global commands; they can take a while to appear in every server."
                : $"Registered {count} commands in server {guildId}; they are available now.");
            return 0;
        }
        catch (DiscordRestException ex)
        {
            await output.WriteLineAsync("Registering the commands failed: " + ex.Message);
            return 1;
        }
    }
}
