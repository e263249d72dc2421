namespace VcsDirectory.Api.Consortia.Building;

/// <summary>The two shapes of consortium the Poole programme asked groups about.</summary>
public enum ConsortiumKind
{
    /// <summary>Small local groups together: every member, lead included, MICRO, SMALL or MEDIUM and serving a reach ward.</summary>
    Community,

    /// <summary>A MEDIUM or larger lead, strong in governance and financial management, with partners.</summary>
    LeadPartner,
}
