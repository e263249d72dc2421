namespace VcsDirectory.Api.Services;

public enum ServiceStatus
{
    Active,
    Inactive,
}
