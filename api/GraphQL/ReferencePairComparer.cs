using System.Runtime.CompilerServices;

namespace VcsDirectory.Api.GraphQL;

/// <summary>
/// Pairs of schema or syntax objects compared by identity: the per-request and per-schema caches of the pipeline are
/// keyed by the very node or field they were worked out for, never by an equal-looking one.
/// </summary>
public sealed class ReferencePairComparer<TFirst, TSecond> : IEqualityComparer<(TFirst, TSecond)>
    where TFirst : class
    where TSecond : class
{
    public static readonly ReferencePairComparer<TFirst, TSecond> Instance = new();

    public bool Equals((TFirst, TSecond) x, (TFirst, TSecond) y) => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

    public int GetHashCode((TFirst, TSecond) obj) => HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Item1), RuntimeHelpers.GetHashCode(obj.Item2));
}
