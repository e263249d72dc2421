namespace VcsDirectory.Api.GraphQL.Loading;

/// <summary>A child row tagged with the parent it was loaded for.</summary>
public sealed record ParentChild<TChild>(int ParentId, TChild Child);
