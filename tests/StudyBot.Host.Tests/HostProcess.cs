using System.Diagnostics;

namespace StudyBot.Host.Tests;

/// <summary>Runs the built host as a separate process, as a user would from the terminal.</summary>
internal static class HostProcess
{
    public static string HostDll => Path.Combine(AppContext.BaseDirectory, "StudyBot.Host.dll");

    /// <summary>The repository's root (where StudyBot.sln is), found from the test's output folder.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "StudyBot.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("StudyBot.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The build configuration these tests were built in (bin/&lt;Configuration&gt;/net10.0).</summary>
    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static Task<(int ExitCode, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string> environment, string? input, params string[] args) =>
        RunInAsync(AppContext.BaseDirectory, environment, input, args);

    /// <summary>The built host started in <paramref name="workingDirectory"/> (its content root).</summary>
    public static Task<(int ExitCode, string Output, string Error)> RunInAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, string? input, params string[] args) =>
        StartAsync("dotnet", [HostDll, .. args], workingDirectory, environment, input);

    /// <summary>The README's command: <c>dotnet run --project src/StudyBot.Host -- args</c> (without building again).</summary>
    public static Task<(int ExitCode, string Output, string Error)> DotnetRunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        StartAsync(
            "dotnet",
            ["run", "--no-build", "-c", Configuration, "--project", Path.Combine(RepositoryRoot, "src", "StudyBot.Host"), "--", .. args],
            workingDirectory,
            environment,
            null);

    /// <summary>The bot itself, left running until disposed; its output is collected as it comes.</summary>
    public static RunningHost Start(IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(HostDll);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new RunningHost(Process.Start(start) ?? throw new InvalidOperationException("could not start the host"));
    }

    private static async Task<(int ExitCode, string Output, string Error)> StartAsync(
        string fileName, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string> environment, string? input)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the host");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }
}

/// <summary>A host process started by <see cref="HostProcess.Start"/>; disposing it kills it.</summary>
internal sealed class RunningHost : IDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();
    private readonly System.Text.StringBuilder _error = new();

    public RunningHost(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data, null);
        _process.ErrorDataReceived += (_, e) => Append(e.Data, _error);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>What the host wrote to standard error alone (it is in <see cref="Output"/> too).</summary>
    public string Error
    {
        get
        {
            lock (_output)
            {
                return _error.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Sends a signal as the operating system would (SIGTERM from systemd or docker stop, SIGINT from Ctrl+C).</summary>
    public void Signal(string signal)
    {
        var start = new ProcessStartInfo("kill") { RedirectStandardError = true };
        start.ArgumentList.Add("-" + signal);
        start.ArgumentList.Add(_process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var kill = Process.Start(start) ?? throw new InvalidOperationException("could not run kill");
        kill.StandardError.ReadToEnd();
        kill.WaitForExit();
    }

    /// <summary>The exit code once the host ended by itself within <paramref name="timeout"/>, with all its output read.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Everything printed so far, once <paramref name="text"/> appeared in it.</summary>
    public async Task<string> WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var output = Output;
            if (output.Contains(text, StringComparison.Ordinal))
            {
                return output;
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited ({_process.ExitCode}) before printing '{text}':\n{output}");
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"'{text}' did not appear within {timeout}:\n{Output}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private void Append(string? line, System.Text.StringBuilder? also)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
            also?.AppendLine(line);
        }
    }
}
