using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace StudyBot.Tests.Shared.Fakes;

public static class FakeStoresServiceCollectionExtensions
{
    /// <summary>
    /// Registers every port as its fake over one set of tables (replacing any real store registered before), and the
    /// bundle itself so a test can resolve it to arrange and inspect.
    /// </summary>
    public static FakeStores AddFakeStores(this IServiceCollection services, FakeStores? stores = null)
    {
        stores ??= new FakeStores();
        services.Replace(ServiceDescriptor.Singleton(stores));
        services.Replace(ServiceDescriptor.Singleton<IChannelStore>(stores.Channels));
        services.Replace(ServiceDescriptor.Singleton<IMemberStore>(stores.Members));
        services.Replace(ServiceDescriptor.Singleton<IRoundStore>(stores.Rounds));
        services.Replace(ServiceDescriptor.Singleton<IAnswerStore>(stores.Answers));
        services.Replace(ServiceDescriptor.Singleton<IQuizStore>(stores.Quizzes));
        services.Replace(ServiceDescriptor.Singleton<IDigestStore>(stores.Digests));
        services.Replace(ServiceDescriptor.Singleton<IBoardQueries>(stores.Boards));
        services.Replace(ServiceDescriptor.Singleton<IReviewStore>(stores.Reviews));
        services.Replace(ServiceDescriptor.Singleton<IMockStore>(stores.Mocks));
        services.Replace(ServiceDescriptor.Singleton<IMemberConversationStore>(stores.Conversations));
        services.Replace(ServiceDescriptor.Singleton<IFlagStore>(stores.Flags));
        return stores;
    }
}
