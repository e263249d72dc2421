using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Import;

namespace VcsDirectory.Api.Services.Editing;

/// <summary>From a service mutation's input to the import-format record the import's rules check: omitted fields keep their value.</summary>
internal static class ServiceInputs
{
    public static ServiceRecord Changed(ServiceRecord r, IDictionary<string, object?> input) => r with
    {
        Name = input.Optional("name", r.Name) ?? "",
        Description = input.Optional("description", r.Description),
        Category = input.Optional("category", r.Category) ?? "",
        MinimumAgeMonths = input.Optional("minimumAgeMonths", r.MinimumAgeMonths),
        MaximumAgeMonths = input.Optional("maximumAgeMonths", r.MaximumAgeMonths),
        IsFree = input.Optional<bool?>("isFree", r.IsFree) ?? true,
        FeeDescription = input.Optional("feeDescription", r.FeeDescription),
        DeliveryModes = input.TryGetValue("deliveryModes", out var modes) ? (modes as IEnumerable<object?> ?? []).OfType<DeliveryMode>().ToList() : r.DeliveryModes,
        Languages = input.ContainsKey("languages") ? input.Strings("languages") : r.Languages,
        Schedule = input.ContainsKey("schedule") ? input.Objects("schedule").Select(Schedule).ToList() : r.Schedule,
        ContactEmail = input.Optional("contactEmail", r.ContactEmail),
        ContactPhone = input.Optional("contactPhone", r.ContactPhone),
        AreaWards = input.ContainsKey("areaWards") ? input.Strings("areaWards") : r.AreaWards,
        LastReviewedOn = input.Optional("lastReviewedOn", r.LastReviewedOn),
        IsSynthetic = input.Optional<bool?>("isSynthetic", r.IsSynthetic) ?? false,
    };

    private static ScheduleRecord Schedule(IDictionary<string, object?> opening) =>
        new((DayOfWeek)opening["day"]!, (TimeOnly)opening["opensAt"]!, (TimeOnly)opening["closesAt"]!);
}
