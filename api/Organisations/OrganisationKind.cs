using System.ComponentModel;

namespace VcsDirectory.Api.Organisations;

[Description("The legal or informal form of an organisation.")]
public enum OrganisationKind
{
    [Description("A registered charity (trust or unincorporated association).")]
    Charity,

    [Description("A charitable incorporated organisation.")]
    Cio,

    [Description("A community interest company.")]
    Cic,

    [Description("An unregistered community group.")]
    CommunityGroup,

    [Description("A faith-based group.")]
    FaithGroup,

    [Description("A social enterprise trading for a social purpose.")]
    SocialEnterprise,

    [Description("A mutual or co-operative.")]
    Mutual,
}
