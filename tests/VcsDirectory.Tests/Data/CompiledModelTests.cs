namespace VcsDirectory.Tests.Data;

/// <summary>
/// The API runs on the compiled models in api/Data/CompiledModels (EF Core finds them by their assembly attribute)
/// instead of building its model at start-up, so a model change not regenerated there would run on the old model:
/// these fail first. Both engines are checked on every run, since neither needs a database.
/// </summary>
public sealed class CompiledModelTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void The_api_runs_on_the_compiled_model(string engine)
    {
        var compiled = CompiledModelFolder.Of(engine);
        using var db = compiled.CreateApiContext();

        Assert.IsType(compiled.ModelType, db.Model);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void The_compiled_model_is_what_the_model_configuration_generates_now(string engine)
    {
        var compiled = CompiledModelFolder.Of(engine);
        using var db = compiled.CreateApiContext();

        var stale = compiled.Differences(db);

        Assert.True(stale.Count == 0, $"The compiled {engine} model is stale ({string.Join("; ", stale)}). Regenerate it: {compiled.RegenerateCommand}.");
    }
}
