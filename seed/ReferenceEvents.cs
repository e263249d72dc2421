namespace VcsDirectory.Seed;

public sealed record ReferenceEvents(string Source, string Precision, IReadOnlyList<ReferenceEvent> Items, IReadOnlyList<string> Themes);
