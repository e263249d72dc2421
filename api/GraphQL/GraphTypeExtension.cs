using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL;

/// <summary>
/// Fields one feature adds to a type it does not own (the root <c>Query</c> and <c>Mutation</c>, or another feature's
/// type where the graph is cyclic: a ward's organisations, an organisation's pairings). The owner never names the adder:
/// it takes every extension registered for it and applies them after its own fields, in the order features are added.
/// </summary>
public sealed class GraphTypeExtension<TGraphType>(Action<TGraphType> extend)
    where TGraphType : IComplexGraphType
{
    public void ApplyTo(TGraphType type) => extend(type);
}
