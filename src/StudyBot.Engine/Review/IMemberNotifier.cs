namespace StudyBot.Engine.Review;

/// <summary>A platform's way to send a member a private message out of the blue (a Discord DM; a Teams personal chat).</summary>
public interface IMemberNotifier
{
    Platform Platform { get; }

    /// <summary>Sends the text to the member privately; false when the platform refused or cannot reach them.</summary>
    Task<bool> NotifyAsync(Member member, Text text, CancellationToken cancellationToken);
}
