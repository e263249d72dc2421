namespace VcsDirectory.Api.Jobs;

public sealed class CancelJobInput
{
    public string Id { get; set; } = "";
}
