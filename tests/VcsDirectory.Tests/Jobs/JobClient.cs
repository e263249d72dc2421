using System.Text.Json.Nodes;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Jobs;

/// <summary>Starting and polling jobs through GraphQL, as a client does.</summary>
public static class JobClient
{
    public const string Fields = "id status progress phase kind startedBy startedAt finishedAt error cancelRequested stale version";

    public const string StartMentoringPlan =
        $"mutation($input: MentoringPlanInput!) {{ startMentoringPlanJob(input: $input) {{ job {{ {Fields} }} userErrors {{ field code message }} }} }}";

    public const string StartConsortiumPlan =
        $"mutation($input: ConsortiumPlanInput!) {{ startConsortiumPlanJob(input: $input) {{ job {{ {Fields} }} userErrors {{ field code message }} }} }}";

    public const string Cancel = $"mutation($input: CancelJobInput!) {{ cancelJob(input: $input) {{ job {{ {Fields} }} userErrors {{ field code message }} }} }}";

    public const string Read = $"query($id: ID!) {{ job(id: $id) {{ {Fields} }} }}";

    public static async Task<string> StartMentoringPlanAsync(HttpClient client, object? input = null)
    {
        var payload = (await client.QueryDataAsync(StartMentoringPlan, new { input = input ?? new { } }))["startMentoringPlanJob"]!;
        Assert.Empty(payload["userErrors"]!.AsArray());
        return payload["job"]!["id"]!.GetValue<string>();
    }

    /// <summary>Polls until the job has finished; the limit only keeps a broken run from hanging the suite.</summary>
    public static async Task<JsonNode> WaitAsync(HttpClient client, string id, string extra = "")
    {
        var query = $"query($id: ID!) {{ job(id: $id) {{ {Fields} {extra} }} }}";
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            var job = (await client.QueryDataAsync(query, new { id }))["job"]!;
            if (job["status"]!.GetValue<string>() is "SUCCEEDED" or "FAILED" or "CANCELLED")
            {
                return job;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Job {id} did not finish.");
    }
}
