using VcsDirectory.Api.GraphQL.Filtering;
using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Api.Mentoring.Pairings;

public sealed class PairingFilter : FilterSpec<Pairing>
{
    public PairingFilter()
        : base("MentoringPairingFilterInput", "Conditions on mentoring pairings; all given fields must hold.")
    {
        Field("state", p => p.State);
        Field("origin", p => p.Origin);
        Field("mentorDatabaseId", p => p.MentorId);
        Field("menteeDatabaseId", p => p.MenteeId);
        Field("outcome", p => p.Outcome);
    }
}
