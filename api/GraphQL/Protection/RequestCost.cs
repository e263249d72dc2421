namespace VcsDirectory.Api.GraphQL.Protection;

/// <summary>The computed cost of one request, reported to the client in <c>extensions.cost</c> as Shopify does.</summary>
public sealed class RequestCost
{
    public const string Key = "cost";

    public double RequestedQueryCost { get; set; }

    public double MaximumAvailable { get; init; }
}
