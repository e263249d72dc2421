using VcsDirectory.Api.GraphQL.Sorting;

namespace VcsDirectory.Api.Mentoring.Pairings;

public sealed class PairingSort : SortSpec<Pairing>
{
    public PairingSort()
        : base("MentoringPairingSortInput", p => p.Id)
    {
        Field("proposedAt", p => p.ProposedAt);
        Field("state", p => p.State);
    }
}
