namespace VcsDirectory.Api.Data;

/// <summary>An editable record under optimistic concurrency: an update names the version it read.</summary>
public interface IVersioned
{
    int Id { get; }

    int Version { get; set; }
}
