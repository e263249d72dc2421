using VcsDirectory.Api.Consortia.Records;

namespace VcsDirectory.Api.Consortia.Editing;

/// <summary>A step of the consortium's own status: from which states, to which, and its past tense for the refusal.</summary>
public sealed record ConsortiumTransition(string Action, ConsortiumStatus[] From, ConsortiumStatus To, string PastTense)
{
    public static ConsortiumTransition Submit { get; } = new("submitConsortium", [ConsortiumStatus.Forming], ConsortiumStatus.Proposed, "submitted");

    public static ConsortiumTransition Activate { get; } = new("activateConsortium", [ConsortiumStatus.Proposed], ConsortiumStatus.Active, "activated");

    public static ConsortiumTransition Dissolve { get; } = new(
        "dissolveConsortium", [ConsortiumStatus.Forming, ConsortiumStatus.Proposed, ConsortiumStatus.Active], ConsortiumStatus.Dissolved, "dissolved");

    /// <summary>Sets the status and the date of the state it enters.</summary>
    public void Apply(Consortium consortium, DateTime now)
    {
        consortium.Status = To;
        _ = To switch
        {
            ConsortiumStatus.Proposed => consortium.ProposedAt = now,
            ConsortiumStatus.Active => consortium.ActivatedAt = now,
            _ => consortium.DissolvedAt = now,
        };
    }
}
