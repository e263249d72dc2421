using System.Security.Claims;

namespace VcsDirectory.Api.Access;

/// <summary>Until callers can be authenticated, nobody is authorised: contact details are served as null to everyone.</summary>
public sealed class NobodySeesPersonalData : IPersonalDataPolicy
{
    public bool MaySeeContactDetails(ClaimsPrincipal? user, int organisationId) => false;
}
