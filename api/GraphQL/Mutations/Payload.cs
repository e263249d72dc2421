namespace VcsDirectory.Api.GraphQL.Mutations;

/// <summary>A mutation's answer: the record as it now is, or the reasons nothing was written.</summary>
public sealed record Payload<T>(T? Result, IReadOnlyList<UserError> UserErrors)
    where T : class
{
    public static Payload<T> Success(T result) => new(result, []);

    public static Payload<T> Refused(IEnumerable<UserError> errors) => new(null, errors.ToList());

    public static Payload<T> Refused(string path, string code, string message) => Refused([UserError.At(path, code, message)]);
}
