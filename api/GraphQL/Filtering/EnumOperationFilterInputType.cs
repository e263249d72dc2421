using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Filtering;

public sealed class EnumOperationFilterInputType<TEnum> : InputObjectGraphType
    where TEnum : Enum
{
    public EnumOperationFilterInputType()
    {
        Name = typeof(TEnum).Name + "OperationFilterInput";
        Description = $"Conditions on a {typeof(TEnum).Name} field; all given conditions must hold.";
        Field<EnumerationGraphType<TEnum>>("eq").Description("Equal to.");
        Field<EnumerationGraphType<TEnum>>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<TEnum>>>>("in").Description("One of these values.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<TEnum>>>>("nin").Description("None of these values.");
    }
}
