namespace VcsDirectory.Api.Caching;

/// <summary>A document built from the directory's data, with the entity tag of the data it was built from.</summary>
public sealed record RevalidatedDocument(string ETag, string ContentType, ReadOnlyMemory<byte> Body);
