using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;

namespace VcsDirectory.Api.GraphQL.Mutations;

public static class MutationFieldExtensions
{
    /// <summary>A mutation in the input → payload convention; <paramref name="requires"/> names the role in its description.</summary>
    public static FieldBuilder<object?, object> Mutation<TInputType, TInput, TNodeType, TNode>(
        this ObjectGraphType mutation,
        string name,
        string description,
        string requires,
        Func<IResolveFieldContext, DirectoryCaller, TInput, Task<Payload<TNode>>> resolve)
        where TInputType : IInputObjectGraphType
        where TNodeType : IGraphType
        where TNode : class
        => mutation.MutationWithPayload<TInputType, TInput, PayloadGraphType<TNodeType, TNode>, TNode>(name, description, requires, resolve);

    /// <summary>A mutation that creates several records through <see cref="RecordEditor"/>, all or none; its name is the audited action.</summary>
    public static FieldBuilder<object?, object> CreateAllMutation<TInputType, TInput, TNodeType, TNode>(
        this ObjectGraphType mutation, string description, string requires, EditableRecord<TNode> kind, RecordBatchEdit<TNode, TInput> edit)
        where TInputType : TypedInputGraphType<TInput>
        where TInput : new()
        where TNodeType : IGraphType
        where TNode : class, IVersioned
        => mutation.MutationWithPayload<TInputType, TInput, RecordsPayloadGraphType<TNodeType, TNode>, IReadOnlyList<TNode>>(edit.Action, description, requires,
            (ctx, caller, input) => Editor(ctx).CreateAllAsync(kind, edit, caller, input, ctx.CancellationToken));

    /// <summary>A mutation whose payload says more than one record and the user errors (several records, what a departure left uncovered).</summary>
    public static FieldBuilder<object?, object> MutationWithPayload<TInputType, TInput, TPayloadType, TResult>(
        this ObjectGraphType mutation,
        string name,
        string description,
        string requires,
        Func<IResolveFieldContext, DirectoryCaller, TInput, Task<Payload<TResult>>> resolve)
        where TInputType : IInputObjectGraphType
        where TPayloadType : IGraphType
        where TResult : class
        => mutation.Field<TPayloadType>(name)
            .Description($"{description} Requires: {requires}.")
            .Argument<NonNullGraphType<TInputType>>("input", "What to change, and the version last read where the record has one.")
            .ResolveAsync(async ctx =>
            {
                var caller = DirectoryCaller.From(ctx.User);
                AccessPolicy.DemandBeforeReading(caller, requires);
                return await resolve(ctx, caller, ctx.GetArgument<TInput>("input"));
            });

    /// <summary>A mutation that edits an existing record through <see cref="RecordEditor"/>; its name is the audited action.</summary>
    public static FieldBuilder<object?, object> EditMutation<TInputType, TInput, TNodeType, TNode>(
        this ObjectGraphType mutation, string description, string requires, EditableRecord<TNode> kind, RecordEdit<TNode, TInput> edit)
        where TInputType : TypedInputGraphType<TInput>
        where TInput : EditInput, new()
        where TNodeType : IGraphType
        where TNode : class, IVersioned
        => mutation.Mutation<TInputType, TInput, TNodeType, TNode>(edit.Action, description, requires,
            (ctx, caller, input) => Editor(ctx).EditAsync(kind, edit, caller, input, ctx.CancellationToken));

    /// <summary>A mutation that creates a record through <see cref="RecordEditor"/>; its name is the audited action.</summary>
    public static FieldBuilder<object?, object> CreateMutation<TInputType, TInput, TNodeType, TNode>(
        this ObjectGraphType mutation, string description, string requires, EditableRecord<TNode> kind, RecordEdit<TNode, TInput> edit, Func<TNode> create)
        where TInputType : TypedInputGraphType<TInput>
        where TInput : new()
        where TNodeType : IGraphType
        where TNode : class, IVersioned
        => mutation.Mutation<TInputType, TInput, TNodeType, TNode>(edit.Action, description, requires,
            (ctx, caller, input) => Editor(ctx).CreateAsync(kind, edit, caller, input, create(), ctx.CancellationToken));

    private static RecordEditor Editor(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RecordEditor>();
}
