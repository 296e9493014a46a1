using Microsoft.Extensions.Logging;

namespace StudyBot.BotFramework.Connector;

/// <summary>
/// Sends to Teams after the inbound request has been answered: each conversation's sends run one after another, in the
/// order they were queued, as tracked <see cref="BackgroundWork"/> (so shutdown drains them), paced and retried by the
/// <see cref="ConnectorClient"/>. A slow or failing Connector then never holds, or fails, the request that caused a reply.
/// </summary>
internal sealed class TeamsOutbox(BackgroundWork background, ILogger<TeamsOutbox> logger)
{
    /// <summary>Sends waiting in one conversation beyond this are dropped (a conversation flooding the bot must not grow memory).</summary>
    public const int MaxQueuedPerConversation = 100;

    private readonly Lock gate = new();
    private readonly Dictionary<string, Queue<Send>> queues = new(StringComparer.Ordinal);

    /// <summary>How many sends are waiting or running, in all conversations.</summary>
    public int Pending
    {
        get
        {
            lock (gate)
            {
                return queues.Values.Sum(q => q.Count);
            }
        }
    }

    /// <summary>Queues <paramref name="send"/> behind the conversation's earlier sends; returns at once.</summary>
    public void Enqueue(string conversationId, string what, Func<CancellationToken, Task> send)
    {
        bool start;
        lock (gate)
        {
            start = !queues.TryGetValue(conversationId, out var queue);
            if (start)
            {
                queue = new Queue<Send>();
                queues[conversationId] = queue;
            }

            if (queue!.Count >= MaxQueuedPerConversation)
            {
                logger.LogWarning("Dropped a Teams send ({What}): {Count} sends are already waiting in its conversation", what, queue.Count);
                return;
            }

            queue.Enqueue(new Send(what, send));
        }

        if (start)
        {
            background.Run("Teams sends to one conversation", stopping => DrainAsync(conversationId, stopping));
        }
    }

    private async Task DrainAsync(string conversationId, CancellationToken stopping)
    {
        while (true)
        {
            Send next;
            lock (gate)
            {
                var queue = queues[conversationId];
                if (queue.Count == 0 || stopping.IsCancellationRequested)
                {
                    if (queue.Count > 0)
                    {
                        logger.LogInformation("Shutdown dropped {Count} Teams send(s) not yet started", queue.Count);
                    }

                    queues.Remove(conversationId);
                    return;
                }

                next = queue.Peek();
            }

            try
            {
                await next.Run(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                logger.LogDebug("{What} stopped with the host", next.What);
            }
            catch (Exception ex)
            {
                // One failed send must not stop the ones queued behind it.
                logger.LogWarning(ex, "{What} failed", next.What);
            }
            finally
            {
                // Dequeued only when done, so the queue's length counts the running send and an Enqueue meanwhile sees it.
                lock (gate)
                {
                    queues[conversationId].Dequeue();
                }
            }
        }
    }

    private sealed record Send(string What, Func<CancellationToken, Task> Run);
}
