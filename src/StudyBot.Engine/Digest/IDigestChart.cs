namespace StudyBot.Engine.Digest;

/// <summary>Draws the digest's chart of accuracy per domain, and a mock exam's (the host provides one; without it there is no chart).</summary>
public interface IDigestChart
{
    byte[] Render(ExamStatView exam);

    byte[] Render(DomainChart chart);
}
