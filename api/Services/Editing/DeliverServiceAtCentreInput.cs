using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Services.Editing;

public sealed class DeliverServiceAtCentreInput : EditInput
{
    public string CentreId { get; set; } = "";

    public bool? Delivered { get; set; }
}
