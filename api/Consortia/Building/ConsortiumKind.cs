using System.ComponentModel;

namespace VcsDirectory.Api.Consortia.Building;

/// <summary>The two shapes of consortium the Poole programme asked groups about.</summary>
[Description("The two shapes of consortium the Poole programme asked groups about.")]
public enum ConsortiumKind
{
    /// <summary>Small local groups together: every member, lead included, MICRO, SMALL or MEDIUM and serving a reach ward.</summary>
    [Description("Small local groups together: every member, lead included, MICRO, SMALL or MEDIUM and serving a reach ward.")]
    Community,

    /// <summary>A MEDIUM or larger lead, strong in governance and financial management, with partners.</summary>
    [Description("A MEDIUM or larger lead, strong (2 or more) in GOVERNANCE and FINANCIAL_MANAGEMENT, with partners.")]
    LeadPartner,
}
