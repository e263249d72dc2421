namespace VcsDirectory.Api.Import;

public sealed record TaxonomyTermRecord(string Code, string Name, string Description);
