using System.Text.Json.Nodes;
using VcsDirectory.Api.Organisations;
using static VcsDirectory.Api.OpenReferral.OpenReferralJson;

namespace VcsDirectory.Api.OpenReferral;

/// <summary>An organisation as ORUK's organization: public fields only (its contact is restricted personal data and never leaves).</summary>
public static class OpenReferralOrganisations
{
    public static JsonObject Document(Organisation o)
    {
        var id = OpenReferralIds.Organisation(o.Id);
        // ORUK requires a description; an organisation without one is described by its form.
        var description = string.IsNullOrWhiteSpace(o.Description) ? $"{o.Name} ({o.Kind})." : o.Description;
        return Members(
            ("id", id), ("name", o.Name), ("description", description), ("website", OpenReferralJson.Uri(o.Website)),
            ("organization_identifiers", o.Identifier is null ? null : Array([Members(
                ("id", OpenReferralIds.Of("organization_identifier", o.Id)), ("organization_id", id),
                ("identifier_scheme", o.Identifier.Split('-', 3) is [var country, var register, _] ? $"{country}-{register}" : null),
                ("identifier_type", "org-id.guide"), ("identifier", o.Identifier))])));
    }
}
