using VcsDirectory.Api.Centres;
using VcsDirectory.Api.GraphQL.Loading;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Consortia.Records;

/// <summary>A centre's and an organisation's consortia: added by the Consortia feature, which owns the relation.</summary>
public static class ConsortiumRelationFields
{
    public static void AddConsortiaField(this ChildrensCentreType type) =>
        type.RelationConnection<ChildrensCentre, ConsortiumType, Consortium, ConsortiumFilter, ConsortiumSort>(
            "consortia", "The consortia formed for the centre, newest first.", services => services.GetRequiredService<ConsortiumLoaders>().ForCentre, x => x.Id);

    public static void AddConsortiaField(this OrganisationType type) =>
        type.RelationConnection<Organisation, ConsortiumType, Consortium, ConsortiumFilter, ConsortiumSort>(
            "consortia", "The consortia it leads, belongs to, was invited to or left (see each member's `invitation`), newest first.",
            services => services.GetRequiredService<ConsortiumLoaders>().OfOrganisation, x => x.Id);
}
