using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Consortia.SupportPlans;

/// <summary>Each support plan mutation × each role: the organisation's coordinators and CVS staff write it; others fail cleanly, writing nothing.</summary>
public sealed class SupportPlanAccessTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    public enum Caller
    {
        Anonymous,
        CoordinatorOfAnother,
        CoordinatorOfTheOrganisation,
        CvsStaff,
    }

    public static TheoryData<string, Caller> Matrix()
    {
        var data = new TheoryData<string, Caller>();
        foreach (var mutation in new[] { "createSupportPlan", "updateSupportStep" })
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                data.Add(mutation, caller);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task A_support_plan_is_written_only_by_the_organisations_coordinators_and_CVS_staff(string mutation, Caller caller)
    {
        var scenario = new SupportPlanScenario(factory);
        var organisations = await scenario.WithGapsAsync(2);
        var organisation = organisations[0];
        var existing = mutation == "updateSupportStep" ? (await scenario.CreateAsync(TestTokens.CvsStaff(), organisation))["supportPlan"]! : null;
        var before = await scenario.CountAsync(organisation);
        var token = caller switch
        {
            Caller.Anonymous => null,
            Caller.CoordinatorOfAnother => TestTokens.CoordinatorOf(organisations[1]),
            Caller.CoordinatorOfTheOrganisation => TestTokens.CoordinatorOf(organisation),
            _ => TestTokens.CvsStaff(),
        };

        var response = await scenario.SendAsync(token, mutation, existing is null
            ? new { organisationId = SupportPlanScenario.Org(organisation), aim = "MANAGE_CENTRE", start = "2026-01-01", targetDate = "2027-07-01" }
            : new { id = existing["id"]!.GetValue<string>(), version = 1, area = existing["steps"]![0]!["area"]!.GetValue<string>(), done = true });

        if (caller is Caller.CoordinatorOfTheOrganisation or Caller.CvsStaff)
        {
            Assert.True(response.Errors is null, response.ToString());
            Assert.Empty(response.Data![mutation]!["userErrors"]!.AsArray());
            Assert.Equal(existing is null ? 1 : 2, response.Data[mutation]!["supportPlan"]!["version"]!.GetValue<int>());
        }
        else
        {
            Assert.Equal([caller == Caller.Anonymous ? "UNAUTHENTICATED" : "FORBIDDEN"], response.ErrorCodes);
            Assert.Null(response.Data?[mutation]);
            Assert.Equal(before, await scenario.CountAsync(organisation));
        }
    }
}
