using System.Diagnostics;
using StudyBot.Discord;

namespace StudyBot.Bench.Clicks;

/// <summary>The signature check alone, through the bot's own verifier, on every core: the most clicks the endpoint could ever take.</summary>
internal static class VerifyCeiling
{
    public static (long Verified, long Failed, TimeSpan Elapsed) Measure(string publicKeyHex, IReadOnlyList<SignedInteraction> signed, TimeSpan duration)
    {
        var verifier = new DiscordSignatureVerifier(publicKeyHex);
        long verified = 0;
        long failed = 0;
        var started = Stopwatch.GetTimestamp();
        Parallel.For(0, Environment.ProcessorCount, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, worker =>
        {
            long ok = 0;
            long bad = 0;
            for (var i = worker; Stopwatch.GetElapsedTime(started) < duration; i += Environment.ProcessorCount)
            {
                var item = signed[i % signed.Count];
                if (verifier.Verify(item.Signature, item.Timestamp, item.Body))
                {
                    ok++;
                }
                else
                {
                    bad++;
                }
            }

            Interlocked.Add(ref verified, ok);
            Interlocked.Add(ref failed, bad);
        });
        return (verified, failed, Stopwatch.GetElapsedTime(started));
    }
}
