using System.Text.RegularExpressions;

namespace VcsDirectory.Api.Pages;

/// <summary>The example operations of <c>schema/operations/</c> (copied beside the app at build), which GraphiQL opens as tabs.</summary>
public sealed partial class ExampleOperations
{
    public ExampleOperations(IReadOnlyList<ExampleOperation> all) => All = all;

    public IReadOnlyList<ExampleOperation> All { get; }

    /// <summary>Every <c>*.graphql</c> file of the folder, by file name; none when the folder is missing.</summary>
    public static ExampleOperations ReadFolder(string folder) =>
        new(Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.graphql").Order(StringComparer.Ordinal).Select(Read).ToList()
            : []);

    private static ExampleOperation Read(string path)
    {
        var text = File.ReadAllText(path);
        var name = OperationName().Match(text) is { Success: true } match ? match.Groups[1].Value : Path.GetFileNameWithoutExtension(path);
        return new ExampleOperation(name, text);
    }

    [GeneratedRegex(@"^\s*(?:query|mutation)\s+([_A-Za-z][_0-9A-Za-z]*)", RegexOptions.Multiline)]
    private static partial Regex OperationName();
}
