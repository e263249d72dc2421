using VcsDirectory.Api.Access;

namespace VcsDirectory.Api.GraphQL.Mutations;

/// <summary>One mutation of an <see cref="EditableRecord{TEntity}"/>: what it loads and how it applies its input.</summary>
public sealed class RecordEdit<TEntity, TInput>
    where TEntity : class
{
    /// <summary>The mutation's name, as the audit trail records it.</summary>
    public required string Action { get; init; }

    /// <summary>The relations this input changes or reads, as includes (none: only the record's own row is read).</summary>
    public Func<IQueryable<TEntity>, TInput, IQueryable<TEntity>> Touches { get; init; } = (records, _) => records;

    /// <summary>Writes the input onto the tracked record; unknown references and refusals go into the scope's problems.</summary>
    public required Func<EditScope, TEntity, TInput, Task> Apply { get; init; }

    /// <summary>Who may, when the input decides it (a proposal: the mentee's side); replaces the kind's rule.</summary>
    public Action<DirectoryCaller, TInput>? Authorise { get; init; }

    /// <summary>Who may, when the record itself decides it (a pairing's sides): checked right after loading.</summary>
    public Action<DirectoryCaller, TEntity>? AuthoriseLoaded { get; init; }
}
