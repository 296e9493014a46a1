namespace StudyBot.Engine.Digest;

/// <summary>Draws the digest's chart of accuracy per domain (the host provides one; without it the digest has no chart).</summary>
public interface IDigestChart
{
    byte[] Render(ExamStatView exam);
}
