namespace VcsDirectory.Api.Services;

/// <summary>How a service reaches families (Open Referral UK's attending types).</summary>
public enum DeliveryMode
{
    InPerson,
    Online,
    Telephone,
}
