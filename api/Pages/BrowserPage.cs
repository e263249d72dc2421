namespace VcsDirectory.Api.Pages;

/// <summary>A page served by the API: its HTML template in <c>wwwroot/pages/</c> and the npm files it cannot work without.</summary>
public sealed record BrowserPage(string Template, string Title, IReadOnlyList<string> LibFiles)
{
    public static BrowserPage Home { get; } = new("index.html", "VcsDirectory", []);

    public static BrowserPage MentorFinder { get; } = new("mentors.html", "the mentor finder", []);

    public static BrowserPage NeedMap { get; } = new("map.html", "The map's", ["leaflet/leaflet.js", "leaflet/leaflet.css"]);

    public static BrowserPage GraphiQL { get; } = new(
        "graphiql.html",
        "GraphiQL's",
        ["graphiql/graphiql.min.js", "graphiql/graphiql.min.css", "react/react.production.min.js", "react-dom/react-dom.production.min.js"]);
}
