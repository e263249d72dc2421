namespace VcsDirectory.Seed;

public sealed record ReferenceBlock<T>(string Source, string Precision, IReadOnlyList<T> Items);
