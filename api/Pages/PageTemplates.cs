using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.Extensions.FileProviders;

namespace VcsDirectory.Api.Pages;

/// <summary>
/// Writes a page: its template with each <c>{{&gt; partial}}</c> replaced by <c>partials/partial.html</c> (the link to
/// the page itself marked as the current one) and each <c>{{name}}</c> by an HTML-encoded value; or, when npm files it
/// needs are missing, a plain page that says which and how to install them.
/// </summary>
public sealed partial class PageTemplates(IWebHostEnvironment environment, PageSecurityHeaders headers)
{
    private readonly IFileProvider _webRoot = environment.WebRootFileProvider;

    public async Task WriteAsync(HttpContext http, BrowserPage page, IReadOnlyDictionary<string, string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(page);
        var missing = page.LibFiles.Where(f => !_webRoot.GetFileInfo("lib/" + f).Exists).ToList();
        var html = missing.Count == 0
            ? Fill(await IncludeAsync(await ReadAsync(page.Template), page.Path), values ?? new Dictionary<string, string>())
            : Fill(await ReadAsync("missing.html"), new Dictionary<string, string>
            {
                ["what"] = page.Title,
                ["files"] = string.Join(", ", missing.Select(f => "wwwroot/lib/" + f)),
            });

        headers.Apply(http.Response);
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(html, http.RequestAborted);
    }

    private async Task<string> ReadAsync(string template)
    {
        var file = _webRoot.GetFileInfo("pages/" + template);
        if (!file.Exists)
        {
            throw new FileNotFoundException($"The page template wwwroot/pages/{template} is missing.", template);
        }

        await using var stream = file.CreateReadStream();
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    private async Task<string> IncludeAsync(string template, string currentPath)
    {
        foreach (var name in Partial().Matches(template).Select(m => m.Groups[1].Value).Distinct())
        {
            var partial = (await ReadAsync($"partials/{name}.html")).TrimEnd('\n');
            template = template.Replace($"{{{{> {name}}}}}", partial, StringComparison.Ordinal);
        }

        return template.Replace($"<a href=\"{currentPath}\">", $"<a href=\"{currentPath}\" aria-current=\"page\">", StringComparison.Ordinal);
    }

    private static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, match => values.TryGetValue(match.Groups[1].Value, out var value)
            ? HtmlEncoder.Default.Encode(value)
            : throw new InvalidOperationException($"The page template has a placeholder {match.Value} with no value."));

    [GeneratedRegex(@"\{\{([a-zA-Z]+)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{\{> ([a-z-]+)\}\}")]
    private static partial Regex Partial();
}
