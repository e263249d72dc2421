namespace VcsDirectory.Tests.Pages;

/// <summary>
/// Debian's Chromium, which Playwright drives (it never downloads a browser of its own). On a developer's machine
/// without it the browser tests are skipped with how to install it; under CI (CI=true) they fail instead.
/// </summary>
public static class Chromium
{
    public const string PathVariable = "CHROMIUM_PATH";

    public const string HowToInstall =
        "The browser tests need Chromium: `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.";

    /// <summary>As the machine's sandbox and closed network need: root needs --no-sandbox; the rest stop Chromium calling home.</summary>
    public static readonly string[] LaunchArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
        "--disable-sync", "--disable-quic",
        // Only loopback is reachable: every other host name fails at once, so a test never sends traffic off the machine
        // and the map's tile server is as unreachable as it is here.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
    ];

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The browser's path, or null when there is none.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Append("/usr/bin");
        return folders.SelectMany(folder => new[] { "chromium", "chromium-browser" }.Select(name => Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    }

    /// <summary>Skips the test on a developer's machine, or fails it under CI, when something the browser tests need is missing.</summary>
    public static void Require(string? missing)
    {
        Assert.False(missing is not null && InCi, $"Under CI the browser tests must run. {missing}");
        Skip.If(missing is not null, missing);
    }
}
