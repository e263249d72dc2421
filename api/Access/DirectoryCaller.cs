using System.Security.Claims;
using VcsDirectory.Api.GraphQL.Nodes;

namespace VcsDirectory.Api.Access;

/// <summary>Who is calling, read once from the bearer token's claims.</summary>
public sealed record DirectoryCaller(
    string? Subject, bool IsAuthenticated, bool IsCvsStaff, IReadOnlySet<int> CoordinatedOrganisations, IReadOnlySet<int> ManagedCentres)
{
    public static DirectoryCaller Anonymous { get; } = new(null, false, false, new HashSet<int>(), new HashSet<int>());

    public string Actor => Subject ?? "anonymous";

    public static DirectoryCaller From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        var organisations = ClaimedKeys(user, Roles.Coordinator, Roles.OrganisationClaim, "Organisation");
        var centres = ClaimedKeys(user, Roles.CentreManager, Roles.CentreClaim, "ChildrensCentre");
        var subject = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub") ?? user.Identity.Name;
        return new DirectoryCaller(subject, true, user.IsInRole(Roles.CvsStaff), organisations, centres);
    }

    /// <summary>A claim counts only with its role and only when it names a record of the expected type.</summary>
    private static HashSet<int> ClaimedKeys(ClaimsPrincipal user, string role, string claimType, string nodeType)
    {
        var keys = new HashSet<int>();
        if (user.IsInRole(role))
        {
            foreach (var claim in user.FindAll(claimType))
            {
                if (GlobalId.TryDecode(claim.Value, out var typeName, out var key) && typeName == nodeType)
                {
                    keys.Add(key);
                }
            }
        }

        return keys;
    }
}
