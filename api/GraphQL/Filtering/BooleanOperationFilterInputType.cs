using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Filtering;

public sealed class BooleanOperationFilterInputType : InputObjectGraphType
{
    public BooleanOperationFilterInputType()
    {
        Name = "BooleanOperationFilterInput";
        Description = "Conditions on a true/false field.";
        Field<BooleanGraphType>("eq").Description("Equal to.");
        Field<BooleanGraphType>("neq").Description("Not equal to.");
    }
}
