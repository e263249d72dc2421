namespace VcsDirectory.Api.Import;

public sealed record NeedRecord(string Area, int Priority, string? Note = null);
