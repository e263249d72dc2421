namespace VcsDirectory.Api.Validation;

/// <summary>One reason a dataset cannot be imported: where (a JSON-path-like location), a stable code, and a sentence.</summary>
public sealed record Problem(string Path, string Code, string Message)
{
    public override string ToString() => $"{Path}: {Code}: {Message}";
}
