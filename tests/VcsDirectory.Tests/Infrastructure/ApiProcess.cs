using System.Diagnostics;
using System.Text;

namespace VcsDirectory.Tests.Infrastructure;

/// <summary>
/// The real API as a child process (<c>dotnet VcsDirectory.Api.dll</c> from api/bin), on a database of the test's
/// choosing, with the test signing key: unlike the in-memory test server it can be killed as the operating system
/// kills a process (SIGKILL: no shutdown, no flush, no disposal), and started again on the same database.
/// </summary>
public sealed class ApiProcess : IDisposable
{
    private const string Listening = "Now listening on: ";

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ApiProcess(Process process) => _process = process;

    /// <summary>The address the API listens on (a free loopback port chosen by the API itself).</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>
    /// Starts the API on the database and waits until it listens (after migrating and seeding); <paramref name="environment"/>
    /// sets variables of the child's environment (a null value removes one the test runner has); <paramref name="settings"/>
    /// are given on its command line, after (and over) the suite's own.
    /// </summary>
    public static async Task<ApiProcess> StartAsync(
        TestDatabase database, IReadOnlyDictionary<string, string?>? environment = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(ApiAssembly)!, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        start.ArgumentList.Add(ApiAssembly);
        var arguments = new Dictionary<string, string?>(TestTokens.Settings)
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Database:Provider"] = TestDatabase.Provider,
            ["ConnectionStrings:Directory"] = database.ConnectionString,
            ["Warmup:Enabled"] = "false",
            ["Database:ThreadSafetyChecks"] = "true",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            arguments[key] = value;
        }

        foreach (var (key, value) in arguments)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var api = new ApiProcess(Process.Start(start)!);
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        api._process.OutputDataReceived += (_, e) => api.Read(e.Data, listening);
        api._process.ErrorDataReceived += (_, e) => api.Read(e.Data, listening);
        api._process.BeginOutputReadLine();
        api._process.BeginErrorReadLine();
        var exited = api._process.WaitForExitAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(Timeout.Infinite, limit.Token).ContinueWith(_ => { }, TaskScheduler.Default));
        if (first != listening.Task)
        {
            api.Dispose();
            throw new InvalidOperationException($"The API did not start listening:\n{api.Output}");
        }

        api.Address = await listening.Task;
        return api;
    }

    /// <summary>Everything the process wrote, for a failure's message.</summary>
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

    public HttpClient CreateClient() => new() { BaseAddress = Address };

    /// <summary>SIGKILL on Linux: the process ends at once, whatever it was doing.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    /// <summary>api/bin/{the tests' configuration}/{framework}/VcsDirectory.Api.dll, built with the tests (they reference the API).</summary>
    private static string ApiAssembly
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return Path.Combine(RepositoryPaths.Root, "api", "bin", framework.Parent!.Name, framework.Name, "VcsDirectory.Api.dll");
        }
    }

    private void Read(string? line, TaskCompletionSource<Uri> listening)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        var at = line.IndexOf(Listening, StringComparison.Ordinal);
        if (at >= 0)
        {
            listening.TrySetResult(new Uri(line[(at + Listening.Length)..].Trim()));
        }
    }
}
