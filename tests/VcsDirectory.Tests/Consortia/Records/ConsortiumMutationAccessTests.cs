using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Consortia.Records;

/// <summary>Every consortium mutation × every role: it works for the roles it names, and for the others fails cleanly with nothing written.</summary>
public sealed class ConsortiumMutationAccessTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    public enum Caller
    {
        Anonymous,
        CoordinatorOfAnother,
        CoordinatorOfTheActor,
        CvsStaff,
    }

    /// <summary>Each mutation, and whether CVS staff and the acting organisation's coordinator (lead, invitee or member) may call it.</summary>
    private static readonly Dictionary<string, (bool Staff, bool Actor)> Allowed = new()
    {
        ["createConsortium"] = (true, true),
        ["inviteToConsortium"] = (true, true),
        ["respondToConsortiumInvitation"] = (false, true),
        ["leaveConsortium"] = (true, true),
        ["submitConsortium"] = (false, true),
        ["activateConsortium"] = (true, false),
        ["dissolveConsortium"] = (true, false),
    };

    public static TheoryData<string, Caller> Matrix()
    {
        var data = new TheoryData<string, Caller>();
        foreach (var mutation in Allowed.Keys)
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
    public async Task A_consortium_step_succeeds_only_for_the_roles_it_names(string mutation, Caller caller)
    {
        var scenario = await new ConsortiumScenario(factory).LoadAsync();
        var member = scenario.Joiners[0];
        var (id, version, actor) = await ArrangeAsync(scenario, mutation, member);
        var before = id is null ? null : (await scenario.ReadAsync(id)).ToJsonString();
        var name = $"Access test ({mutation}, {caller})";
        var token = caller switch
        {
            Caller.Anonymous => null,
            Caller.CoordinatorOfAnother => TestTokens.CoordinatorOf(scenario.Joiners[3]),
            Caller.CoordinatorOfTheActor => TestTokens.CoordinatorOf(actor),
            _ => TestTokens.CvsStaff(),
        };

        var response = await scenario.SendAsync(token, mutation, Input(scenario, mutation, id, version, member, name));

        var (staff, byActor) = Allowed[mutation];
        if ((caller == Caller.CvsStaff && staff) || (caller == Caller.CoordinatorOfTheActor && byActor))
        {
            Assert.True(response.Errors is null, response.ToString());
            Assert.Empty(response.Data![mutation]!["userErrors"]!.AsArray());
            Assert.Equal(version + 1, response.Data[mutation]!["consortium"]!["version"]!.GetValue<int>());
        }
        else
        {
            Assert.Equal([caller == Caller.Anonymous ? "UNAUTHENTICATED" : "FORBIDDEN"], response.ErrorCodes);
            Assert.Null(response.Data?[mutation]);
            Assert.Equal(before, id is null ? null : (await scenario.ReadAsync(id)).ToJsonString());
            Assert.Equal(0, await CountNamedAsync(name));
        }
    }

    private static async Task<(string? Id, int Version, int Actor)> ArrangeAsync(ConsortiumScenario scenario, string mutation, int member) => mutation switch
    {
        "createConsortium" => (null, 0, scenario.Lead),
        "respondToConsortiumInvitation" => (await scenario.InvitedAsync(member), 2, member),
        "leaveConsortium" => (await scenario.JoinedAsync(member), 3, member),
        "activateConsortium" => (await ProposedAsync(scenario), 2, scenario.Lead),
        _ => (await scenario.FormingAsync(), 1, scenario.Lead),
    };

    private static async Task<string> ProposedAsync(ConsortiumScenario scenario)
    {
        var id = await scenario.FormingAsync();
        await scenario.RunAsync(TestTokens.CoordinatorOf(scenario.Lead), "submitConsortium", new { id, version = 1 });
        return id;
    }

    private static object Input(ConsortiumScenario scenario, string mutation, string? id, int version, int member, string name) => mutation switch
    {
        "createConsortium" => new
        {
            name, kind = "COMMUNITY", purpose = "ADD_VALUE", centreId = ConsortiumScenario.Centre(2), leadId = ConsortiumScenario.Org(scenario.Lead), categories = new[] { "EARLY_YEARS" },
        },
        "inviteToConsortium" => new { id, version, organisationId = ConsortiumScenario.Org(member), categories = new[] { "PARENTING_SUPPORT" } },
        "respondToConsortiumInvitation" => new { id, version, organisationId = ConsortiumScenario.Org(member), accept = true },
        "leaveConsortium" => new { id, version, organisationId = ConsortiumScenario.Org(member) },
        _ => (object)new { id, version },
    };

    private async Task<int> CountNamedAsync(string name) =>
        (await factory.CreateClient().QueryDataAsync("query($name: String!) { consortia(where: { name: { eq: $name } }) { totalCount } }", new { name }))["consortia"]!["totalCount"]!.GetValue<int>();
}
