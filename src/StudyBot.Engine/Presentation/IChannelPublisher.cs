namespace StudyBot.Engine.Presentation;

/// <summary>Posts into a channel without being asked: implemented once per platform by its adapter.</summary>
public interface IChannelPublisher
{
    Platform Platform { get; }

    /// <summary>Posts a round; returns the platform's message id. Retrying the same round must not post twice.</summary>
    Task<string> PublishRoundAsync(Channel channel, RoundView round, CancellationToken cancellationToken);

    /// <summary>Refreshes the posted round (its answer count).</summary>
    Task UpdateRoundAsync(Channel channel, string messageRef, RoundView round, CancellationToken cancellationToken);

    /// <summary>
    /// Closes the posted round at its reveal: the question's own message is replaced by a closed one, with no inputs left
    /// and the answer shown.
    /// </summary>
    Task CloseRoundAsync(Channel channel, string messageRef, RevealView reveal, CancellationToken cancellationToken);

    Task PublishRevealAsync(Channel channel, RevealView reveal, CancellationToken cancellationToken);

    Task PublishDigestAsync(Channel channel, DigestView digest, CancellationToken cancellationToken);

    /// <summary>Posts a short notice to the channel (a re-grade's correction of the scores).</summary>
    Task PublishNoticeAsync(Channel channel, Text text, CancellationToken cancellationToken);
}
