namespace VcsDirectory.Api.GraphQL.Mutations;

/// <summary>The part every edit's input shares: which record, and the version the client read.</summary>
public abstract class EditInput
{
    public string Id { get; set; } = "";

    public int Version { get; set; }
}
