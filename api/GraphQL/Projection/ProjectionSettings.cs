namespace VcsDirectory.Api.GraphQL.Projection;

/// <summary>
/// <c>GraphQL:Projection</c> (default true). Off, every list loads whole rows: the load script uses it to measure
/// what projection buys, and the tests to check a projected answer equals the whole-row one.
/// </summary>
public sealed record ProjectionSettings(bool Enabled);
