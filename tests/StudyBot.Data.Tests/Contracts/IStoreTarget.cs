namespace StudyBot.Data.Tests.Contracts;

/// <summary>An implementation the contract suites run against; null from <see cref="CreateAsync"/> skips the test.</summary>
public interface IStoreTarget
{
    Task<StoresUnderTest?> CreateAsync(TimeProvider time);
}
