using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Consortia.Editing;

/// <summary>A step of a consortium's lifecycle (invite, respond, leave, submit, activate, dissolve): each input type declares the fields its step takes.</summary>
public sealed class ConsortiumStepInput : EditInput
{
    public string? OrganisationId { get; set; }

    public IReadOnlyList<string>? Categories { get; set; }

    public bool Accept { get; set; }
}
