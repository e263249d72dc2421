namespace VcsDirectory.Api.Outcomes.Framework;

/// <summary>Where the framework's domains and indicators come from, as a reader can look them up.</summary>
public static class OutcomeSources
{
    public const string DfeCorePurpose =
        "Department for Education (April 2013), Sure Start children's centres statutory guidance: the core purpose of children's centres";

    public const string SeedReport =
        "4Children, Children's Centres and VCS Programme 2011-2013, Borough of Poole case study: the partners' proposals";

    public const string Directory = "Computed by the directory from its own records";
}
