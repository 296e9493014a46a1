namespace StudyBot.Engine.Common;

/// <summary>Randomness for shuffles and draws, replaceable with a seeded source in tests.</summary>
public interface IRandomSource
{
    /// <summary>A number in [0, <paramref name="maxExclusive"/>).</summary>
    int Next(int maxExclusive);
}
