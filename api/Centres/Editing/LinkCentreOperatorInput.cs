using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Centres.Editing;

public sealed class LinkCentreOperatorInput : EditInput
{
    /// <summary>The organisation that runs the centre; null (or omitted): the council.</summary>
    public string? OperatorId { get; set; }
}
