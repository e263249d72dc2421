using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using VcsDirectory.Tests.Infrastructure;
using VcsDirectory.Tests.Organisations.Editing;

namespace VcsDirectory.Tests.Data;

/// <summary>
/// A burst of profile edits as a client sends them: one writer per organisation, each edit carrying the version the
/// previous one returned, all writers at once. An edit counts as acknowledged only when its answer arrived: HTTP 200
/// with the edited organisation in the payload and no user errors. The burst calls <c>stop</c> once, the moment the
/// given number of edits has been acknowledged; every writer keeps sending until the server is gone, so edits are in
/// flight when it dies.
/// </summary>
public sealed class ProfileEditBurst(IReadOnlyList<int> organisations, string actor)
{
    private const string Update = "mutation($input: UpdateOrganisationProfileInput!) { updateOrganisationProfile(input: $input) { organisation { version description } userErrors { code } } }";

    private readonly ConcurrentQueue<AcknowledgedEdit> _acknowledged = new();
    private int _cutOff;

    public IReadOnlyCollection<AcknowledgedEdit> Acknowledged => _acknowledged;

    public Dictionary<int, int> StartVersions { get; } = [];

    /// <summary>Edits sent whose answer never came: in flight at the kill, or sent just after it.</summary>
    public int CutOff => _cutOff;

    /// <summary>Reads each organisation's version, then edits them all until <paramref name="count"/> edits are acknowledged.</summary>
    public async Task RunUntilAcknowledgedAsync(ApiProcess api, int count, Action stop)
    {
        using var reader = api.CreateClient().WithToken(TestTokens.CvsStaff("crash-reader"));
        foreach (var organisation in organisations)
        {
            var state = await reader.QueryDataAsync("query($id: ID!) { organisation(id: $id) { version } }", new { id = OrganisationState.Id(organisation) });
            StartVersions[organisation] = state["organisation"]!["version"]!.GetValue<int>();
        }

        var stopped = 0;
        await Task.WhenAll(organisations.Select(organisation => Task.Run(() => WriteAsync(api, organisation, count, () =>
        {
            if (Interlocked.Exchange(ref stopped, 1) == 0)
            {
                stop();
            }
        }))));
    }

    private async Task WriteAsync(ApiProcess api, int organisation, int count, Action stop)
    {
        using var client = api.CreateClient().WithToken(TestTokens.CvsStaff(actor));
        var version = StartVersions[organisation];
        for (var edit = 1; ; edit++) // until the kill cuts this writer off: it keeps an edit in flight meanwhile
        {
            var description = $"Crash test edit {edit} of organisation {organisation}";
            GraphQLResponse response;
            try
            {
                response = await client.PostGraphQLAsync(Update, new { input = new { id = OrganisationState.Id(organisation), version, description } });
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                Interlocked.Increment(ref _cutOff);
                return; // The server was killed while this edit was in flight: never acknowledged.
            }

            Assert.True(response.Status == 200 && response.Errors is null, $"An edit before the crash failed: {response}");
            var payload = response.Data!["updateOrganisationProfile"]!;
            Assert.True(payload["userErrors"]!.AsArray().Count == 0 && payload["organisation"] is JsonObject, $"An edit before the crash was refused: {response}");
            version = payload["organisation"]!["version"]!.GetValue<int>();
            _acknowledged.Enqueue(new AcknowledgedEdit(organisation, version, description));
            if (_acknowledged.Count >= count)
            {
                stop();
            }
        }
    }
}
