using System.ComponentModel;

namespace VcsDirectory.Api.Services;

[Description("Whether a service is still offered.")]
public enum ServiceStatus
{
    [Description("Offered now.")]
    Active,
    [Description("Withdrawn; kept for the record and no longer offered.")]
    Inactive,
}
