using GraphQL.Types;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Outreach.Editing;

public sealed class IdentifiedNeedInputType : TypedInputGraphType<IdentifiedNeedInput>
{
    public IdentifiedNeedInputType()
    {
        Name = "IdentifiedNeedInput";
        Description = $"A need identified among families. Its location is snapped to the centre of its ~{NeedGrid.CellMetres} m grid cell before anything is stored, audited or logged.";
        Field<NonNullGraphType<StringGraphType>>("serviceCategory").Description("The service category code the need calls for (EARLY_YEARS…).");
        Field<NonNullGraphType<IntGraphType>>("familiesAffected").Description($"How many families it concerns: 1 to {IdentifiedNeedRules.MaxFamilies:N0}.");
        Field<NonNullGraphType<IntGraphType>>("severity").Description("1: moderate; 2: serious; 3: acute.");
        Field<NonNullGraphType<StringGraphType>>("source").Description("Who identified it (health visitors, school, centre staff…); at most 200 characters.");
        Field<NonNullGraphType<DateOnlyGraphType>>("recordedOn").Description("When it was identified; not in the future.");
        Field<NonNullGraphType<LocationInputType>>("location").Description("Where; its ward is the one whose centroid is nearest the snapped position.");
        Field<BooleanGraphType>("isSynthetic").Description("True for demo or test records. Default false.");
    }
}
