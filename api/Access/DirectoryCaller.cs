using System.Security.Claims;
using VcsDirectory.Api.GraphQL.Nodes;

namespace VcsDirectory.Api.Access;

/// <summary>Who is calling, read once from the bearer token's claims.</summary>
public sealed record DirectoryCaller(string? Subject, bool IsAuthenticated, bool IsCvsStaff, IReadOnlySet<int> CoordinatedOrganisations)
{
    public static DirectoryCaller Anonymous { get; } = new(null, false, false, new HashSet<int>());

    public string Actor => Subject ?? "anonymous";

    public static DirectoryCaller From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        var organisations = new HashSet<int>();
        if (user.IsInRole(Roles.Coordinator))
        {
            foreach (var claim in user.FindAll(Roles.OrganisationClaim))
            {
                if (GlobalId.TryDecode(claim.Value, out var typeName, out var key) && typeName == "Organisation")
                {
                    organisations.Add(key);
                }
            }
        }

        var subject = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub") ?? user.Identity.Name;
        return new DirectoryCaller(subject, true, user.IsInRole(Roles.CvsStaff), organisations);
    }
}
