using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.GraphQL.Mutations;

/// <summary>
/// What a feature says once about a kind of record it lets clients edit; <see cref="RecordEditor"/> does the rest.
/// </summary>
/// <remarks>
/// A new record type (services, consortia, outcomes…) gets create/update/archive mutations in four pieces:
/// 1. its rules beside its entity (<c>OrganisationRules.Check(problems, path, organisation)</c>), which the importer calls too;
/// 2. a subclass of this (who may, the rules, any refusal particular to the kind);
/// 3. typed inputs (<see cref="EditInput"/> with <see cref="Optional{T}"/> fields, declared by a <see cref="TypedInputGraphType{TInput}"/>);
/// 4. one <see cref="RecordEdit{TEntity, TInput}"/> per mutation: what it loads, how it applies the input (looking up
///    only the codes the input names, with <see cref="EditScope.LookupAsync"/>).
/// Then <c>mutation.EditMutation(...)</c> declares the field. The steps always run in this order: authorise → load what the
/// edit touches → check the version → apply → validate with the feature's rules → audit → save (STALE if another save came first).
/// Nothing is written when any step refuses. <c>MutationStatementCountTests</c> pins the SQL each mutation sends.
/// </remarks>
public abstract class EditableRecord<TEntity>
    where TEntity : class, IVersioned
{
    /// <summary>The record's GraphQL type name, as its ids carry it (<c>typeof(OrganisationType).GraphQLName()</c>).</summary>
    public abstract string TypeName { get; }

    /// <summary>How user errors name the kind ("organisation").</summary>
    public virtual string Noun => TypeName;

    /// <summary>The table the records are loaded from.</summary>
    public abstract IQueryable<TEntity> Records(DirectoryDbContext db);

    /// <summary>Who may edit the record <paramref name="id"/>, or create one (null); decided before anything is read.</summary>
    public abstract void Authorise(DirectoryCaller caller, int? id);

    /// <summary>A refusal particular to the kind (an archived organisation), checked after loading and before the version.</summary>
    public virtual UserError? Refuse(TEntity record) => null;

    /// <summary>The feature's rules over the record as the edit leaves it; problems' paths start at <c>input</c>.</summary>
    public abstract void Validate(ProblemList problems, TEntity record);
}
