using VcsDirectory.Api.Access;

namespace VcsDirectory.Api.GraphQL.Mutations;

/// <summary>
/// A mutation that creates several records of one <see cref="EditableRecord{TEntity}"/> at once (identified needs
/// recorded from one visit): all are kept or none is.
/// </summary>
public sealed class RecordBatchEdit<TEntity, TInput>
    where TEntity : class
{
    /// <summary>The mutation's name, as the audit trail records it (one entry per record).</summary>
    public required string Action { get; init; }

    /// <summary>The input's list field the records come from (<c>needs</c>): their problems' paths are <c>input.needs[i]…</c>.</summary>
    public required string ItemsField { get; init; }

    /// <summary>Who may, from the token alone; replaces the kind's rule (decided before anything is read).</summary>
    public Action<DirectoryCaller, TInput>? Authorise { get; init; }

    /// <summary>Builds one untracked record per item; unknown references and refusals go into the scope's problems.</summary>
    public required Func<EditScope, TInput, Task<IReadOnlyList<TEntity>>> Apply { get; init; }
}
