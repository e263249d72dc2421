using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Nodes;

/// <summary>
/// Opaque global ids (base64 of <c>Type:key</c>), as GitHub's API has them: clients store and pass them
/// back, never take them apart.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, int key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{key.ToString(CultureInfo.InvariantCulture)}"));

    public static (string TypeName, int Key) Decode(string id)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(id));
        }
        catch (FormatException)
        {
            throw Invalid(id);
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var key))
        {
            throw Invalid(id);
        }

        return (text[..colon], key);
    }

    public static bool TryDecode(string id, out string typeName, out int key)
    {
        try
        {
            (typeName, key) = Decode(id);
            return true;
        }
        catch (ExecutionError)
        {
            (typeName, key) = ("", 0);
            return false;
        }
    }

    /// <summary>Decodes an id that must name one type (an argument such as <c>organisationId</c>).</summary>
    public static int DecodeFor(string id, string expectedTypeName, string argumentName)
    {
        var (typeName, key) = Decode(id);
        if (typeName != expectedTypeName)
        {
            throw new ExecutionError($"'{argumentName}' must be the id of a {expectedTypeName}, not of a {typeName}.") { Code = ErrorCodes.InvalidId };
        }

        return key;
    }

    /// <summary>Decodes an id that must be of <typeparamref name="TGraphType"/>'s type (the name comes from the graph type, never a literal).</summary>
    public static int DecodeFor<TGraphType>(string id, string argumentName)
        where TGraphType : IGraphType => DecodeFor(id, typeof(TGraphType).GraphQLName(), argumentName);

    /// <summary>The id of an object of <typeparamref name="TGraphType"/>'s type.</summary>
    public static string Encode<TGraphType>(int key)
        where TGraphType : IGraphType => Encode(typeof(TGraphType).GraphQLName(), key);

    private static ExecutionError Invalid(string id) =>
        new($"'{Truncate(id)}' is not an id this API issued.") { Code = ErrorCodes.InvalidId };

    private static string Truncate(string id) => id.Length <= 60 ? id : id[..60] + "…";
}
