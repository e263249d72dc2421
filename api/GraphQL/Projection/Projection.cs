using System.Linq.Expressions;

namespace VcsDirectory.Api.GraphQL.Projection;

/// <summary>The columns a request needs of <typeparamref name="T"/>, as an EF Core selector; equal keys select the same.</summary>
public sealed class Projection<T>(string key, Expression<Func<T, T>> selector)
{
    public string Key { get; } = key;

    public Expression<Func<T, T>> Selector { get; } = selector;
}
