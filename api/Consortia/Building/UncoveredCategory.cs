namespace VcsDirectory.Api.Consortia.Building;

/// <summary>A required category a consortium does not cover, and what would unlock it, in one sentence.</summary>
public sealed record UncoveredCategory(string Category, string Explanation);
