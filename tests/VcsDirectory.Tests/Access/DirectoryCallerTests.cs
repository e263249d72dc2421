using System.Security.Claims;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.GraphQL.Nodes;

namespace VcsDirectory.Tests.Access;

public sealed class DirectoryCallerTests
{
    [Fact]
    public void A_centre_manager_manages_the_centres_named_in_its_claims()
    {
        var caller = DirectoryCaller.From(Principal(Roles.CentreManager, (Roles.CentreClaim, GlobalId.Encode("ChildrensCentre", 3))));

        Assert.Equal([3], caller.ManagedCentres);
        Assert.True(AccessPolicy.MayManageCentre(caller, 3));
        Assert.False(AccessPolicy.MayManageCentre(caller, 4));
        Assert.Empty(caller.CoordinatedOrganisations);
    }

    [Fact]
    public void A_centre_claim_without_the_role_or_naming_another_type_counts_for_nothing()
    {
        var withoutRole = DirectoryCaller.From(Principal(Roles.Coordinator, (Roles.CentreClaim, GlobalId.Encode("ChildrensCentre", 3))));
        var wrongType = DirectoryCaller.From(Principal(Roles.CentreManager, (Roles.CentreClaim, GlobalId.Encode("Organisation", 3))));

        Assert.Empty(withoutRole.ManagedCentres);
        Assert.Empty(wrongType.ManagedCentres);
    }

    [Fact]
    public void Cvs_staff_may_manage_every_centre()
    {
        var staff = DirectoryCaller.From(Principal(Roles.CvsStaff));

        Assert.True(AccessPolicy.MayManageCentre(staff, 7));
    }

    private static ClaimsPrincipal Principal(string role, params (string Type, string Value)[] claims)
    {
        var all = new List<Claim> { new("sub", "someone"), new(ClaimTypes.Role, role) };
        all.AddRange(claims.Select(c => new Claim(c.Type, c.Value)));
        return new ClaimsPrincipal(new ClaimsIdentity(all, "test"));
    }
}
