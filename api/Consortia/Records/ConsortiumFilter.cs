using VcsDirectory.Api.GraphQL.Filtering;

namespace VcsDirectory.Api.Consortia.Records;

public sealed class ConsortiumFilter : FilterSpec<Consortium>
{
    public ConsortiumFilter()
        : base("ConsortiumFilterInput", "Conditions on consortia; all given fields must hold.")
    {
        Field("name", c => c.Name);
        Field("kind", c => c.Kind);
        Field("purpose", c => c.Purpose);
        Field("status", c => c.Status);
        Field("centreDatabaseId", c => c.CentreId);
    }
}
