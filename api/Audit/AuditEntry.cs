namespace VcsDirectory.Api.Audit;

/// <summary>One change to the directory: who made it, when, through which mutation, and the values before and after.</summary>
public sealed class AuditEntry
{
    public int Id { get; set; }

    public DateTime At { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public int EntityId { get; set; }

    /// <summary>JSON: for each changed table row, each changed column with its old and new value.</summary>
    public required string Changes { get; set; }
}
