using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Data.CompiledModels.Postgres;
using VcsDirectory.Api.Data.CompiledModels.Sqlite;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Data;

/// <summary>One engine's committed compiled model (api/Data/CompiledModels/ENGINE), and what `dotnet ef dbcontext optimize` would write there now.</summary>
internal sealed record CompiledModelFolder(string Engine, Type ContextType, Type ModelType)
{
    private static readonly Regex ModelId = new(@"modelId: new Guid\(""[0-9a-f-]+""\)");

    public static CompiledModelFolder Of(string engine) => engine switch
    {
        "Sqlite" => new(engine, typeof(SqliteDirectoryDbContext), typeof(SqliteDirectoryDbContextModel)),
        "Postgres" => new(engine, typeof(PostgresDirectoryDbContext), typeof(PostgresDirectoryDbContextModel)),
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Sqlite or Postgres"),
    };

    private string OutputDir => $"Data/CompiledModels/{Engine}";

    /// <summary>Removing the folder first drops the files of entity types that are gone, and lets the api build while the old files no longer compile.</summary>
    public string RegenerateCommand =>
        $"`dotnet tool restore`, `rm -r api/{OutputDir}`, `dotnet ef dbcontext optimize --project api --context {ContextType.Name} --output-dir {OutputDir}`";

    /// <summary>A context configured as the API configures this engine's; no database is opened (the model needs none).</summary>
    public DirectoryDbContext CreateApiContext() =>
        TestDatabase.CreateContext(Engine, Engine == "Postgres" ? "Host=localhost;Database=unused" : "Data Source=unused.db");

    /// <summary>The files that differ, are missing or are no longer generated, against the model that <paramref name="context"/> builds from its configuration.</summary>
    public IReadOnlyList<string> Differences(DbContext context)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "api", "Data", "CompiledModels", Engine);
        var committed = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.cs").ToDictionary(f => Path.GetFileName(f), File.ReadAllText)
            : [];
        var generated = Generate(context).ToDictionary(f => f.Path, f => f.Code);
        return generated.Keys.Union(committed.Keys).Order(StringComparer.Ordinal)
            .Select(file => (generated.GetValueOrDefault(file), committed.GetValueOrDefault(file)) switch
            {
                (null, _) => $"{file} is no longer generated",
                (_, null) => $"{file} is missing",
                ({ } now, { } then) when Lines(now) != Lines(then) => $"{file} differs",
                _ => null,
            })
            .OfType<string>()
            .ToList();
    }

    /// <summary>
    /// What the optimize command runs: the context's services, the provider's design-time services (named by its
    /// assembly attribute, EF Core's public way to find them), EF Core's own, then the code generator on the model
    /// the context builds from its configuration, which it builds even while a compiled model is in use.
    /// </summary>
    private IReadOnlyCollection<ScaffoldedFile> Generate(DbContext context)
    {
        var services = new ServiceCollection().AddDbContextDesignTimeServices(context);
        var providerAssembly = Assembly.Load(context.GetService<IDatabaseProvider>().Name);
        var providerServices = providerAssembly.GetCustomAttribute<DesignTimeProviderServicesAttribute>()!;
        var designTimeServices = (IDesignTimeServices)Activator.CreateInstance(providerAssembly.GetType(providerServices.TypeName, throwOnError: true)!)!;
        designTimeServices.ConfigureDesignTimeServices(services);
        services.AddEntityFrameworkDesignTimeServices();
        var options = new CompiledModelCodeGenerationOptions
        {
            ContextType = ContextType,
            ModelNamespace = ModelType.Namespace!,
            Language = "C#",
            UseNullableReferenceTypes = true,
            Suffix = "",
        };
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<ICompiledModelCodeGeneratorSelector>().Select(options)
            .GenerateModel(context.GetService<IDesignTimeModel>().Model, options);
    }

    /// <summary>The code without what differs between two generations of one model: line endings, and the model's id (a new Guid each time a model is built).</summary>
    private static string Lines(string code) => ModelId.Replace(code.ReplaceLineEndings("\n"), "modelId: new Guid()");
}
