namespace VcsDirectory.Api.Taxonomies;

/// <summary>The shape every taxonomy shares: a stable code (SCREAMING_SNAKE_CASE), a name and a description.</summary>
public abstract class TaxonomyTerm
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string Description { get; set; }
}
