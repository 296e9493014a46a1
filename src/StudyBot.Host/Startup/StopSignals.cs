using System.Runtime.InteropServices;

namespace StudyBot.Host.Startup;

/// <summary>
/// SIGTERM, SIGINT (Ctrl+C) and SIGQUIT as a request to stop, from the first line of the program on. Until the host runs
/// nothing else listens for them, and the runtime's default ends the process at once, in the middle of a migration or of
/// Quartz starting; once it runs, the host's own lifetime stops it in order. A second signal during the shutdown changes
/// nothing: the shutdown in progress finishes its writes, and one that comes as the process ends is ignored as long as
/// the registrations live (so the program keeps them to its end).
/// </summary>
public sealed class StopSignals : IDisposable
{
    private static readonly PosixSignal[] Signals = [PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGQUIT];
    private readonly CancellationTokenSource _requested = new();
    private readonly List<PosixSignalRegistration> _registrations = [];

    /// <summary>Cancelled when a stop signal came.</summary>
    public CancellationToken Token => _requested.Token;

    public bool Requested => _requested.IsCancellationRequested;

    /// <summary>Listens from now on; a verb does without, so Ctrl+C still ends it at once.</summary>
    public static StopSignals Listen()
    {
        var signals = new StopSignals();
        foreach (var signal in Signals)
        {
            signals._registrations.Add(PosixSignalRegistration.Create(signal, signals.Handle));
        }

        return signals;
    }

    /// <summary>What a signal does; public so that tests can stand in for the operating system.</summary>
    public void Request() => _requested.Cancel();

    private void Handle(PosixSignalContext context)
    {
        context.Cancel = true;
        try
        {
            Request();
        }
        catch (ObjectDisposedException)
        {
            // The program is past its end: nothing left to stop.
        }
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _requested.Dispose();
    }
}
