namespace VcsDirectory.Api.Import.Csv;

/// <summary>The organisations spreadsheet's columns (README "CSV"): what the export writes, and what the import also reads.</summary>
public static class OrganisationColumns
{
    public const string Name = "name", Identifier = "identifier", Kind = "kind", Income = "income", Staff = "staff", Volunteers = "volunteers";
    public const string Description = "description", Website = "website", PostcodeArea = "postcode_area", Latitude = "latitude", Longitude = "longitude";
    public const string Wards = "wards", Services = "services", Capacities = "capacities", Needs = "needs";
    public const string ToMentor = "to_mentor", MaxMentees = "max_mentees", ToLeadConsortium = "to_lead_consortium", ToJoinConsortium = "to_join_consortium";
    public const string ToManageCentre = "to_manage_centre", ToAddValue = "to_add_value", SupportNeeded = "support_needed", IsSynthetic = "is_synthetic";
    public const string ContactEmail = "contact_email", ContactPhone = "contact_phone";

    /// <summary>The public columns, in the export's order.</summary>
    public static readonly IReadOnlyList<string> Public =
    [
        Name, Identifier, Kind, Income, Staff, Volunteers, Description, Website, PostcodeArea, Latitude, Longitude, Wards, Services,
        Capacities, Needs, ToMentor, MaxMentees, ToLeadConsortium, ToJoinConsortium, ToManageCentre, ToAddValue, SupportNeeded, IsSynthetic,
    ];

    /// <summary>Every column the import reads: the public ones and the organisation's restricted contact, which no export carries.</summary>
    public static readonly IReadOnlySet<string> Importable = new HashSet<string>([.. Public, ContactEmail, ContactPhone], StringComparer.Ordinal);

    /// <summary>The column an <c>OrganisationRules</c> problem path (<c>row.annualIncome</c>, <c>row.capacities[2].strength</c>) points at.</summary>
    public static string ForRulePath(string path)
    {
        var field = path.Split('.', 2) is [_, var rest] ? rest.Split('[', '.')[0] : "";
        return field switch
        {
            "name" => Name, "identifier" => Identifier, "annualIncome" => Income, "staffCount" => Staff, "volunteerCount" => Volunteers,
            "description" => Description, "website" => Website, "contactEmail" => ContactEmail, "contactPhone" => ContactPhone,
            "postcodeArea" => PostcodeArea, "supportNeeded" => SupportNeeded, "capacities" => Capacities, "needs" => Needs,
            "willingness" => MaxMentees, "" => Latitude, _ => field,
        };
    }
}
