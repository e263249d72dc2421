using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Filtering;

public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text field; all given conditions must hold. eq/neq/in/nin are exact; contains, startsWith and endsWith ignore case.";
        Field<StringGraphType>("eq").Description("Equal to (null: has no value).");
        Field<StringGraphType>("neq").Description("Not equal to (null: has a value).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("One of these values.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("nin").Description("None of these values.");
        Field<StringGraphType>("contains").Description("Contains this text, ignoring case.");
        Field<StringGraphType>("startsWith").Description("Starts with this text, ignoring case.");
        Field<StringGraphType>("endsWith").Description("Ends with this text, ignoring case.");
    }
}
