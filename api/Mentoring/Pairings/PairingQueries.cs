using GraphQL.Types;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Mentoring.Pairings;

public static class PairingQueries
{
    public static void AddPairingQueries(this ObjectGraphType query) =>
        query.RootConnection<MentoringPairingType, Pairing, PairingFilter, PairingSort>(
            "mentoringPairings", "Mentoring pairings, past and present.",
            ctx => ctx.RequestServices!.GetRequiredService<DirectoryDbContext>().MentoringPairings);
}
