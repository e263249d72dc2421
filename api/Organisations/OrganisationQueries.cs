using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Nodes;

namespace VcsDirectory.Api.Organisations;

public static class OrganisationQueries
{
    public static void AddOrganisationQueries(this ObjectGraphType query)
    {
        query.RootConnection<OrganisationType, Organisation, OrganisationFilter, OrganisationSort>(
                "organisations", "Organisations in the directory.",
                ctx => ctx.RequestServices!.GetRequiredService<DirectoryDbContext>().Organisations
                    .Where(o => ctx.GetArgument<bool>("includeArchived") || o.ArchivedAt == null)
                    .Near(ctx))
            .WithNearArgument()
            .Argument<BooleanGraphType>("includeArchived", "Include archived organisations (default false).");

        query.Field<OrganisationType>("organisation")
            .Description("One organisation by its global id; null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The organisation's global id.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<OrganisationLoaders>().ById
                .Load(GlobalId.DecodeFor<OrganisationType>(ctx.GetArgument<string>("id"), "id")));
    }
}
