using StudyBot.Data.Tests.Contracts;

namespace StudyBot.Data.Tests.Runs;

public sealed class FakeFlagStoreTests : FlagStoreContract<FakeTarget>;
