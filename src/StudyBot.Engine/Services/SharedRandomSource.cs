using StudyBot.Engine.Ports;

namespace StudyBot.Engine.Services;

internal sealed class SharedRandomSource : IRandomSource
{
    public int Next(int maxExclusive) => Random.Shared.Next(maxExclusive);
}
