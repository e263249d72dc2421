namespace VcsDirectory.Api.Taxonomies;

/// <summary>An area of organisational capacity (governance, safeguarding…): what groups are strong in or need help with.</summary>
public sealed class CapacityArea : TaxonomyTerm;
