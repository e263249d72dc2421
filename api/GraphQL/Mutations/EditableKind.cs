using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Import;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.GraphQL.Mutations;

/// <summary>How one kind of record is edited: who may, how it loads, and the import format's mapping and rules it shares.</summary>
public sealed record EditableKind<TEntity, TRecord>(
    string TypeName,
    Action<DirectoryCaller, int> Demand,
    Func<DirectoryDbContext, int, CancellationToken, Task<TEntity?>> Load,
    Func<TEntity, TRecord> ToRecord,
    // The entities and references the record needs; the id is the record's own (null when creating), to tell it from others.
    Func<DirectoryDbContext, TRecord, int?, CancellationToken, Task<(DirectoryLookups Lookups, DatasetReferences References)>> Lookups,
    Action<ProblemList, TRecord, DatasetReferences> Check,
    Action<TRecord, TEntity, DirectoryLookups> Apply)
    where TEntity : class, IVersioned
{
    /// <summary>A refusal particular to the kind (an archived organisation), checked after existence and before the version.</summary>
    public Func<TEntity, Payload<TEntity>?> Refuse { get; init; } = _ => null;
}
