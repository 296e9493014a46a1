using System.Diagnostics;

namespace StudyBot.Host.Tests;

/// <summary>The deployment files follow their rules, checked without a container engine or systemd.</summary>
public sealed class DeployFilesTests
{
    [Fact]
    public async Task CheckDockerfile_RepositoryFiles_Pass()
    {
        var (code, output) = await RunAsync("bash", Path.Combine(HostProcess.RepositoryRoot, "deploy", "check-dockerfile.sh"));

        Assert.True(code == 0, output);
    }

    [Fact]
    public async Task SystemdUnit_SecurityExposure_IsBelowFour()
    {
        var analyze = new[] { "/usr/bin/systemd-analyze", "/bin/systemd-analyze" }.FirstOrDefault(File.Exists);
        var unit = Path.Combine(HostProcess.RepositoryRoot, "deploy", "studybot.service");
        var text = File.ReadAllText(unit);
        Assert.Contains("Type=notify", text, StringComparison.Ordinal);
        Assert.Contains("SyslogIdentifier=studybot", text, StringComparison.Ordinal);
        if (analyze is null)
        {
            return;
        }

        var (code, output) = await RunAsync(analyze, "security", "--offline=true", unit);

        Assert.True(code == 0, output);
        var level = System.Text.RegularExpressions.Regex.Match(output, @"Overall exposure level for studybot\.service: ([0-9.]+)");
        Assert.True(level.Success, output);
        Assert.True(double.Parse(level.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) < 4, output);
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
