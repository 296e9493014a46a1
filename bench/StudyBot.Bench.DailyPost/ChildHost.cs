using System.Diagnostics;

namespace StudyBot.Bench.DailyPost;

/// <summary>The built host (<c>StudyBot.Host.dll</c> beside this program) run as <c>dotnet StudyBot.Host.dll</c>.</summary>
public static class ChildHost
{
    public static Process Start(IReadOnlyDictionary<string, string> environment, string logFile)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "StudyBot.Host.dll"));
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the host");
        var writer = new StreamWriter(logFile) { AutoFlush = true };
        var gate = new Lock();
        process.OutputDataReceived += (_, e) => Write(writer, gate, e.Data);
        process.ErrorDataReceived += (_, e) => Write(writer, gate, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.Exited += (_, _) => { lock (gate) { writer.Dispose(); } };
        process.EnableRaisingEvents = true;
        return process;
    }

    public static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        process.Dispose();
    }

    public static string Tail(string logFile) =>
        File.Exists(logFile) ? string.Join(Environment.NewLine, File.ReadLines(logFile).TakeLast(20)) : "(no log)";

    private static void Write(StreamWriter writer, Lock gate, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (gate)
        {
            if (writer.BaseStream is not null)
            {
                writer.WriteLine(line);
            }
        }
    }
}
