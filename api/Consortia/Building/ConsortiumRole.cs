using System.ComponentModel;

namespace VcsDirectory.Api.Consortia.Building;

[Description("An organisation's role in a consortium.")]
public enum ConsortiumRole
{
    [Description("Leads it: one per consortium.")]
    Lead,

    [Description("A member led by the lead.")]
    Member,
}
