using VcsDirectory.Api.GraphQL.Filtering;

namespace VcsDirectory.Api.Organisations;

public sealed class WillingnessFilter : FilterSpec<Willingness>
{
    public WillingnessFilter()
        : base("WillingnessFilterInput", "Conditions on what an organisation is willing to do.")
    {
        Field("toMentor", w => w.ToMentor);
        Field("maxMentees", w => w.MaxMentees);
        Field("toLeadConsortium", w => w.ToLeadConsortium);
        Field("toJoinConsortium", w => w.ToJoinConsortium);
        Field("toManageCentre", w => w.ToManageCentre);
        Field("toAddValue", w => w.ToAddValue);
    }
}
