using System.Security.Claims;

namespace VcsDirectory.Api.Access;

/// <summary>
/// Who may see an organisation's contact details (personal data). The one place the authorisation
/// rules live; resolvers ask it and never decide for themselves.
/// </summary>
public interface IPersonalDataPolicy
{
    bool MaySeeContactDetails(ClaimsPrincipal? user, int organisationId);
}
