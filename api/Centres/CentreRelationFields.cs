using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL.Paging;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Centres;

/// <summary>The centres an organisation runs and a ward's centres: added to those features' types by this one, which owns the relations.</summary>
public static class CentreRelationFields
{
    public static void AddOperatedCentresField(this OrganisationType type) =>
        type.RelationConnection<Organisation, ChildrensCentreType, ChildrensCentre, ChildrensCentreFilter, ChildrensCentreSort>(
            "operatedCentres", "Children's centres it runs, by name.", services => services.GetRequiredService<ChildrensCentreLoaders>().OperatedBy, x => x.Id);

    public static void AddWardCentresField(this WardType type) =>
        type.RelationConnection<Ward, ChildrensCentreType, ChildrensCentre, ChildrensCentreFilter, ChildrensCentreSort>(
            "childrensCentres", "Children's centres whose reach includes this ward, by name.",
            services => services.GetRequiredService<ChildrensCentreLoaders>().Reaching, x => x.Id);
}
