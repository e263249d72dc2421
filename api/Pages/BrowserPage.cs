namespace VcsDirectory.Api.Pages;

/// <summary>
/// A page served by the API: where, its HTML template in <c>wwwroot/pages/</c>, whose files it is (for a message about
/// them) and the npm files it cannot work without.
/// </summary>
public sealed record BrowserPage(string Path, string Template, string Title, IReadOnlyList<string> LibFiles)
{
    public static BrowserPage Home { get; } = new("/", "index.html", "The home page's", []);

    public static BrowserPage MentorFinder { get; } = new("/mentors", "mentors.html", "The mentor finder's", []);

    public static BrowserPage Consortia { get; } = new("/consortia", "consortia.html", "The consortia page's", []);

    public static BrowserPage NeedMap { get; } = new("/map", "map.html", "The map's", ["leaflet/leaflet.js", "leaflet/leaflet.css"]);

    public static BrowserPage Outcomes { get; } = new("/outcomes", "outcomes.html", "The outcomes page's", ["chartist/index.umd.js", "chartist/index.css"]);

    public static BrowserPage GraphiQL { get; } = new(
        "/graphql",
        "graphiql.html",
        "GraphiQL's",
        ["graphiql/graphiql.min.js", "graphiql/graphiql.min.css", "react/react.production.min.js", "react-dom/react-dom.production.min.js"]);
}
