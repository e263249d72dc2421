using System.Linq.Expressions;
using GraphQL.Builders;
using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Execution;

namespace VcsDirectory.Api.GraphQL;

/// <summary>
/// The object type every type of the directory derives from: a field declared <c>Field(x => x.Member)</c> records the
/// member it reads as it is declared (<see cref="DeclaredMember"/>), for the projection and the execution strategy.
/// </summary>
/// <remarks>
/// Every expression overload of <c>Field</c> that is not obsolete records;  <c>GraphQLNetAssumptionsTests</c> fails
/// if an upgrade stops doing so.
/// </remarks>
public abstract class DirectoryObjectGraphType<TSource> : ObjectGraphType<TSource>
{
    public override FieldBuilder<TSource, TProperty> Field<TProperty>(Expression<Func<TSource, TProperty>> expression) =>
        Declared(base.Field(expression), expression);

    public override FieldBuilder<TSource, TProperty> Field<TProperty>(Expression<Func<TSource, TProperty>> expression, bool nullable) =>
        Declared(base.Field(expression, nullable), expression);

    public override FieldBuilder<TSource, TProperty> Field<TProperty>(Expression<Func<TSource, TProperty>> expression, Type type) =>
        Declared(base.Field(expression, type), expression);

    public override FieldBuilder<TSource, TProperty> Field<TProperty>(string name, Expression<Func<TSource, TProperty>> expression) =>
        Declared(base.Field(name, expression), expression);

    public override FieldBuilder<TSource, TProperty> Field<TProperty>(string name, Expression<Func<TSource, TProperty>> expression, bool nullable) =>
        Declared(base.Field(name, expression, nullable), expression);

    public override FieldBuilder<TSource, TProperty> Field<TProperty>(string name, Expression<Func<TSource, TProperty>> expression, Type type) =>
        Declared(base.Field(name, expression, type), expression);

    private static FieldBuilder<TSource, TProperty> Declared<TProperty>(FieldBuilder<TSource, TProperty> field, LambdaExpression expression)
    {
        DeclaredMember.Record(field.FieldType, expression);
        return field;
    }
}
