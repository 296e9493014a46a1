using StudyBot.Tests.Shared.Fakes;

namespace StudyBot.Data.Tests.Contracts;

public sealed class FakeTarget : IStoreTarget
{
    public Task<StoresUnderTest?> CreateAsync(TimeProvider time)
    {
        var fakes = new FakeStores(time);
        return Task.FromResult<StoresUnderTest?>(new StoresUnderTest(
            fakes.Channels, fakes.Members, fakes.Rounds, fakes.Answers, fakes.Quizzes, fakes.Digests, fakes.Boards, fakes.Reviews, null, fakes.Conversations)
        {
            Mocks = fakes.Mocks,
            Flags = fakes.Flags,
        });
    }
}
