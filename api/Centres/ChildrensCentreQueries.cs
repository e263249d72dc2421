using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;

namespace VcsDirectory.Api.Centres;

public static class ChildrensCentreQueries
{
    public static void AddChildrensCentreQueries(this ObjectGraphType query)
    {
        query.RootConnection<ChildrensCentreType, ChildrensCentre, ChildrensCentreFilter, ChildrensCentreSort>(
                "childrensCentres", "Poole's children's centres.",
                ctx => ctx.RequestServices!.GetRequiredService<DirectoryDbContext>().ChildrensCentres.Near(ctx))
            .WithNearArgument();

        query.Field<ChildrensCentreType>("childrensCentre")
            .Description("One children's centre by its global id; null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The centre's global id.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<ChildrensCentreLoaders>().ById
                .Load(GlobalId.DecodeFor<ChildrensCentreType>(ctx.GetArgument<string>("id"), "id")));
    }
}
