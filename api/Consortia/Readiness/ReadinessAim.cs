using System.ComponentModel;

namespace VcsDirectory.Api.Consortia.Readiness;

/// <summary>What an organisation is getting ready for.</summary>
[Description("What an organisation is getting ready for; the capacity areas each requires are configuration (Consortia:Readiness).")]
public enum ReadinessAim
{
    [Description("Managing a children's centre.")]
    ManageCentre,

    [Description("Leading a consortium.")]
    LeadConsortium,

    [Description("Joining a consortium.")]
    JoinConsortium,
}
