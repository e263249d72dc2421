using GraphQL;
using VcsDirectory.Api.GraphQL.Http;

namespace VcsDirectory.Api.GraphQL;

public static class SchemaStartup
{
    /// <summary>
    /// Builds and initialises the schema before the server listens, rather than inside the first request: a broken
    /// type fails the start, and the first request's execution deadline is not spent building several hundred graph types.
    /// </summary>
    /// <remarks>
    /// On a loaded two-core machine the first <c>{ __typename }</c> of a fresh server took 12.8 s that way and was
    /// stopped as TIMEOUT by the 10 s deadline; the browser tests' first read failed with it.
    /// It then answers one <c>{ __typename }</c> through the endpoint in-process, which reads no data, so the code
    /// every request runs (reading, validation, execution, writing) is compiled here, on a thread of its own while the
    /// database starts, instead of in the first request.
    /// </remarks>
    /// <param name="app">The application whose schema is built.</param>
    /// <param name="mark">Told as each part ends, for the start's timeline.</param>
    public static async Task InitializeDirectorySchemaAsync(this WebApplication app, Action<string>? mark = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var schema = app.Services.GetRequiredService<DirectorySchema>();
        app.Services.GetRequiredService<IDocumentExecuter<DirectorySchema>>();
        mark?.Invoke("schema's types made");
        schema.Initialize();
        mark?.Invoke("schema initialised");
        await GraphQLHttpEndpoint.WarmUpAsync(app.Services);
        mark?.Invoke("first request answered in-process");
    }
}
