using GraphQLParser.AST;

namespace VcsDirectory.Tests.GraphQL.Protection;

/// <summary>A field of Query or Mutation in the committed schema, with the operation keyword that reaches it.</summary>
public sealed record RootField(string Operation, GraphQLFieldDefinition Definition)
{
    public string Name => Definition.Name.StringValue;

    public override string ToString() => $"{Operation} {Name}";
}
