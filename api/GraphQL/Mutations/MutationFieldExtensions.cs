using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using VcsDirectory.Api.Access;

namespace VcsDirectory.Api.GraphQL.Mutations;

public static class MutationFieldExtensions
{
    /// <summary>A mutation in the input → payload convention; <paramref name="requires"/> names the role in its description.</summary>
    public static FieldBuilder<object?, object> Mutation<TInputType, TNodeType, TNode>(
        this ObjectGraphType mutation,
        string name,
        string description,
        string requires,
        Func<IResolveFieldContext, DirectoryCaller, IDictionary<string, object?>, Task<Payload<TNode>>> resolve)
        where TInputType : IInputObjectGraphType
        where TNodeType : IGraphType
        where TNode : class
        => mutation.Field<NonNullGraphType<PayloadGraphType<TNodeType, TNode>>>(name)
            .Description($"{description} Requires: {requires}.")
            .Argument<NonNullGraphType<TInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var caller = DirectoryCaller.From(ctx.User);
                AccessPolicy.DemandBeforeReading(caller, requires);
                return await resolve(ctx, caller, ctx.GetArgument<Dictionary<string, object?>>("input"));
            });
}
