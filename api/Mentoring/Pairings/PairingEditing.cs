using GraphQL;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Mentoring.Pairings;

/// <summary>
/// How pairings change: each step by a side of the pairing (or CVS staff), which the pairing itself names, so who-may
/// is checked right after loading it (each step's <see cref="RecordEdit{TEntity, TInput}.AuthoriseLoaded"/>).
/// </summary>
public sealed class PairingEditing : EditableRecord<Pairing>
{
    public static PairingEditing Kind { get; } = new();

    public override string TypeName { get; } = typeof(MentoringPairingType).GraphQLName();

    public override string Noun => "mentoring pairing";

    public override IQueryable<Pairing> Records(DirectoryDbContext db) => db.MentoringPairings;

    /// <summary>Before the pairing is read, only a signed-in caller may go on; the sides decide the rest.</summary>
    public override void Authorise(DirectoryCaller caller, int? id)
    {
        if (!caller.IsAuthenticated)
        {
            AccessPolicy.DemandStaff(caller);
        }
    }

    /// <summary>A pairing's rules are its lifecycle's, checked by each step as it applies.</summary>
    public override void Validate(ProblemList problems, Pairing record)
    {
    }
}
