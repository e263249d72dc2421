using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Filtering;

/// <summary>Conditions on an ordered scalar (numbers and dates).</summary>
public abstract class ComparableOperationFilterInputType<TScalarGraphType> : InputObjectGraphType
    where TScalarGraphType : ScalarGraphType
{
    protected ComparableOperationFilterInputType(string scalarName)
    {
        Name = scalarName + "OperationFilterInput";
        Description = $"Conditions on a {scalarName} field; all given conditions must hold.";
        Field<TScalarGraphType>("eq").Description("Equal to (null: has no value).");
        Field<TScalarGraphType>("neq").Description("Not equal to (null: has a value).");
        Field<TScalarGraphType>("gt").Description("Greater than.");
        Field<TScalarGraphType>("gte").Description("Greater than or equal to.");
        Field<TScalarGraphType>("lt").Description("Less than.");
        Field<TScalarGraphType>("lte").Description("Less than or equal to.");
        Field<ListGraphType<NonNullGraphType<TScalarGraphType>>>("in").Description("One of these values.");
        Field<ListGraphType<NonNullGraphType<TScalarGraphType>>>("nin").Description("None of these values.");
    }
}
