using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Extending;

public static class ObjectTypeExtensions
{
    /// <summary>Applies every registered extension of <typeparamref name="TGraphType"/>, in registration order.</summary>
    public static void ApplyExtensions<TGraphType>(this TGraphType type, IEnumerable<IObjectTypeExtension<TGraphType>> extensions)
        where TGraphType : IObjectGraphType
    {
        foreach (var extension in extensions)
        {
            extension.Extend(type);
        }
    }
}
