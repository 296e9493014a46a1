using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace StudyBot.Bench.Boards;

/// <summary>With <c>--profile 1</c>: wraps a store port and sums time and calls per method, to show where an operation spends it.</summary>
internal class TimingStoreProxy : DispatchProxy
{
    private object _inner = null!;
    private string _port = string.Empty;
    private ConcurrentDictionary<string, (int Calls, double Ms)> _totals = null!;

    /// <summary>The port <paramref name="port"/> implemented by <paramref name="inner"/>, timed into <paramref name="totals"/>.</summary>
    public static object Wrap(Type port, object inner, ConcurrentDictionary<string, (int Calls, double Ms)> totals)
    {
        var store = Create(port, typeof(TimingStoreProxy));
        var proxy = (TimingStoreProxy)store;
        proxy._inner = inner;
        proxy._port = port.Name.TrimStart('I');
        proxy._totals = totals;
        return store;
    }

    public static string Report(ConcurrentDictionary<string, (int Calls, double Ms)> totals)
    {
        var lines = totals.OrderByDescending(t => t.Value.Ms).Select(t => $"    {t.Key,-48} {t.Value.Calls,7} calls {t.Value.Ms,10:0.0} ms").ToList();
        totals.Clear();
        return string.Join(Environment.NewLine, lines);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var name = $"{_port}.{targetMethod.Name}";
        var clock = Stopwatch.StartNew();
        var result = targetMethod.Invoke(_inner, args);
        if (result is Task task)
        {
            task.ContinueWith(_ => Add(name, clock.Elapsed.TotalMilliseconds), TaskScheduler.Default);
        }
        else
        {
            Add(name, clock.Elapsed.TotalMilliseconds);
        }

        return result;
    }

    private void Add(string name, double ms) => _totals.AddOrUpdate(name, (1, ms), (_, t) => (t.Calls + 1, t.Ms + ms));
}
