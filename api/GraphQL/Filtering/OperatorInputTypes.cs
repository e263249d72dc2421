namespace VcsDirectory.Api.GraphQL.Filtering;

/// <summary>Which operator input type filters a CLR type.</summary>
internal static class OperatorInputTypes
{
    public static Type For(Type valueType)
    {
        var type = Nullable.GetUnderlyingType(valueType) ?? valueType;
        if (type.IsEnum)
        {
            return typeof(EnumOperationFilterInputType<>).MakeGenericType(type);
        }

        return type switch
        {
            _ when type == typeof(string) => typeof(StringOperationFilterInputType),
            _ when type == typeof(int) => typeof(IntOperationFilterInputType),
            _ when type == typeof(long) => typeof(LongOperationFilterInputType),
            _ when type == typeof(double) => typeof(FloatOperationFilterInputType),
            _ when type == typeof(DateOnly) => typeof(DateOperationFilterInputType),
            _ when type == typeof(bool) => typeof(BooleanOperationFilterInputType),
            _ => throw new NotSupportedException($"No filter operators for {type.Name}."),
        };
    }
}
