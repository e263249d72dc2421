using GraphQL.Types;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Consortia.Records;

public static class ConsortiumQueries
{
    public static void AddConsortiumQueries(this ObjectGraphType query) =>
        query.RootConnection<ConsortiumType, Consortium, ConsortiumFilter, ConsortiumSort>(
            "consortia", "Consortia, forming, proposed, active and dissolved; filter by centre, status or kind with `where`.",
            ctx => ctx.RequestServices!.GetRequiredService<DirectoryDbContext>().Consortia);
}
