namespace StudyBot.Data.Providers;

internal static class ExceptionChain
{
    /// <summary>The first exception of type <typeparamref name="T"/> in the chain of inner exceptions, or null.</summary>
    public static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }
}
