using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Extending;

/// <summary>
/// Fields one feature adds to another feature's type (a provider's services on Organisation): registered by the
/// adding feature, applied by the type's constructor, so the extended feature never imports the one extending it.
/// </summary>
public interface IObjectTypeExtension<in TGraphType>
    where TGraphType : IObjectGraphType
{
    void Extend(TGraphType type);
}
