using System.Text.Json.Nodes;
using VcsDirectory.Api.Services;
using static VcsDirectory.Api.OpenReferral.OpenReferralJson;

namespace VcsDirectory.Api.OpenReferral;

/// <summary>
/// A service as ORUK's service: <see cref="ListItem"/> with its one-to-one fields (the lists), <see cref="Full"/> with
/// everything nested (by id). Public fields only: the service's own contact, never its provider's restricted one.
/// </summary>
public static class OpenReferralServices
{
    /// <summary>Needs the service's provider.</summary>
    public static JsonObject ListItem(Service s) => Members(
        ("id", OpenReferralIds.Service(s.Id)), ("organization_id", OpenReferralIds.Organisation(s.ProviderId)), ("name", s.Name),
        ("description", s.Description), ("email", s.ContactEmail), ("status", s.Status == ServiceStatus.Active ? "active" : "inactive"),
        ("fees", s.IsFree ? "Free" : s.FeeDescription), ("minimum_age", Years(s.MinimumAgeMonths)), ("maximum_age", Years(s.MaximumAgeMonths)),
        ("assured_date", Date(s.LastReviewedOn)), ("last_modified", DateTime(s.ModifiedAt)),
        ("organization", OpenReferralOrganisations.Document(s.Provider)));

    /// <summary>Needs the provider, category, centres and area wards; <paramref name="withLocations"/> false inside a service_at_location.</summary>
    public static JsonObject Full(Service s, bool withLocations = true)
    {
        var id = OpenReferralIds.Service(s.Id);
        var document = ListItem(s);
        document["schedules"] = Array(s.Schedule.OrderBy(x => x.Day).ThenBy(x => x.OpensAt).Select(x => Members(
            ("id", OpenReferralIds.Of("schedule", s.Id, $"{x.Day} {Time(x.OpensAt)}-{Time(x.ClosesAt)}")), ("service_id", id),
            ("freq", "WEEKLY"), ("interval", 1), ("byday", ByDay(x.Day)), ("opens_at", Time(x.OpensAt)), ("closes_at", Time(x.ClosesAt)),
            ("description", $"Every {x.Day}, {x.OpensAt:HH\\:mm} to {x.ClosesAt:HH\\:mm}."))));
        document["service_areas"] = Array(s.AreaWards.OrderBy(w => w.Code, StringComparer.Ordinal).Select(w => Members(
            ("id", OpenReferralIds.Of("service_area", s.Id, w.Code)), ("service_id", id), ("name", w.Name),
            ("extent_type", "ward"), ("service_area", $"{w.Name} ward, Poole"))));
        if (withLocations)
        {
            document["service_at_locations"] = Array(s.Centres.OrderBy(c => c.Id).Select(c => OpenReferralLocations.ServiceAtLocation(s.Id, c)));
        }

        document["languages"] = Array(s.Languages.Select(code => Members(
            ("id", OpenReferralIds.Of("language", s.Id, code)), ("service_id", id), ("code", code))));
        document["cost_options"] = Array([Members(
            ("id", OpenReferralIds.Of("cost_option", s.Id)), ("service_id", id), ("option", s.IsFree ? "Free" : "Fee"),
            ("amount", s.IsFree ? 0 : null), ("amount_description", s.IsFree ? "Free of charge." : s.FeeDescription))]);
        document["contacts"] = s.ContactEmail is null && s.ContactPhone is null ? new JsonArray() : Array([Contact(s, id)]);
        var term = OpenReferralTaxonomy.Term(s.ServiceCategory);
        document["attributes"] = Array([Members(
            ("id", OpenReferralIds.Of("attribute", s.Id, s.ServiceCategory.Code)), ("link_id", id), ("link_type", "service"),
            ("link_entity", "service"), ("taxonomy_term_id", term["id"]!.DeepClone()), ("taxonomy_term", term))]);
        return document;
    }

    /// <summary>The service's public contact: ORUK's contact with HSDS's email and phones.</summary>
    private static JsonObject Contact(Service s, string serviceId)
    {
        var contactId = OpenReferralIds.Of("contact", s.Id);
        return Members(
            ("id", contactId), ("service_id", serviceId), ("name", $"{s.Name} enquiries"), ("email", s.ContactEmail),
            ("phones", s.ContactPhone is null ? null : Array([Members(("id", OpenReferralIds.Of("phone", s.Id)), ("contact_id", contactId), ("number", s.ContactPhone))])));
    }

    /// <summary>iCalendar's two-letter day (RFC 5545 BYDAY).</summary>
    public static string ByDay(DayOfWeek day) => day.ToString()[..2].ToUpperInvariant();
}
