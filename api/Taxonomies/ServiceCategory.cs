namespace VcsDirectory.Api.Taxonomies;

/// <summary>A kind of service delivered to children and families (parenting support, SEND…).</summary>
public sealed class ServiceCategory : TaxonomyTerm;
