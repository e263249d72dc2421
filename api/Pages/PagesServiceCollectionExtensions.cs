using VcsDirectory.Api.GraphQL.Http;

namespace VcsDirectory.Api.Pages;

public static class PagesServiceCollectionExtensions
{
    /// <summary>The pages' settings (<c>Map</c>, checked now), their templates, GraphiQL at <c>/graphql</c> for browsers and its example operations.</summary>
    public static IServiceCollection AddDirectoryPages(this IServiceCollection services, IConfiguration configuration)
    {
        var map = configuration.GetSection(MapPageOptions.Section).Get<MapPageOptions>() ?? new MapPageOptions();
        map.Validate();
        services.AddSingleton(map);
        services.AddSingleton<PageSecurityHeaders>();
        services.AddSingleton<PageTemplates>();
        services.AddSingleton<IGraphQLBrowserPage, GraphiQLPage>();
        services.AddSingleton(ExampleOperations.ReadFolder(Path.Combine(AppContext.BaseDirectory, "Operations")));
        return services;
    }
}
