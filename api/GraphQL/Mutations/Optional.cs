namespace VcsDirectory.Api.GraphQL.Mutations;

/// <summary>
/// An input field that may be omitted (leave the record as it is) or given, possibly as null (clear it): the
/// difference GraphQL keeps and a plain nullable loses.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "Optional is the usual name for omitted-or-given; no Visual Basic code consumes this API.")]
public readonly record struct Optional<T>
{
    private readonly T _value;

    private Optional(T value) => (_value, IsSet) = (value, true);

    public bool IsSet { get; }

    /// <summary>The given value; only meaningful when <see cref="IsSet"/>.</summary>
    public T Value => IsSet ? _value : throw new InvalidOperationException("The field was omitted.");

    public static Optional<T> Of(T value) => new(value);

    /// <summary>The given value, or <paramref name="current"/> when the field was omitted.</summary>
    public T Or(T current) => IsSet ? _value : current;
}
