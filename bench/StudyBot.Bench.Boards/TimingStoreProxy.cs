using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using StudyBot.Engine.Ports;

namespace StudyBot.Bench.Boards;

/// <summary>With <c>--profile 1</c>: wraps the store and sums time and calls per store method, to show where an operation spends it.</summary>
internal class TimingStoreProxy : DispatchProxy
{
    private IStudyStore _inner = null!;

    public ConcurrentDictionary<string, (int Calls, double Ms)> Totals { get; } = new();

    public static (IStudyStore Store, TimingStoreProxy Proxy) Wrap(IStudyStore inner)
    {
        var store = Create<IStudyStore, TimingStoreProxy>();
        var proxy = (TimingStoreProxy)(object)store;
        proxy._inner = inner;
        return (store, proxy);
    }

    public string Report()
    {
        var lines = Totals.OrderByDescending(t => t.Value.Ms).Select(t => $"    {t.Key,-32} {t.Value.Calls,7} calls {t.Value.Ms,10:0.0} ms").ToList();
        Totals.Clear();
        return string.Join(Environment.NewLine, lines);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var clock = Stopwatch.StartNew();
        var result = targetMethod.Invoke(_inner, args);
        if (result is Task task)
        {
            task.ContinueWith(_ => Add(targetMethod.Name, clock.Elapsed.TotalMilliseconds), TaskScheduler.Default);
        }
        else
        {
            Add(targetMethod.Name, clock.Elapsed.TotalMilliseconds);
        }

        return result;
    }

    private void Add(string name, double ms) => Totals.AddOrUpdate(name, (1, ms), (_, t) => (t.Calls + 1, t.Ms + ms));
}
