using GraphQL.Types;

namespace VcsDirectory.Api.Services.Editing;

/// <summary>The fields a service's create and update inputs share.</summary>
internal static class ServiceInputFields
{
    public static void AddServiceFields(this InputObjectGraphType<ServiceChanges> input)
    {
        input.Field<StringGraphType>("description").Description("At most 2,000 characters.");
        input.Field<StringGraphType>("category").Description("A service category code (EARLY_YEARS…).");
        input.Field<IntGraphType>("minimumAgeMonths").Description("The youngest child it is for, in months; null when open.");
        input.Field<IntGraphType>("maximumAgeMonths").Description("The oldest child it is for, in months; null when open.");
        input.Field<BooleanGraphType>("isFree").Description("Default true.");
        input.Field<StringGraphType>("feeDescription").Description("The fee in a sentence; required when not free.");
        input.Field<ListGraphType<NonNullGraphType<EnumerationGraphType<DeliveryMode>>>>("deliveryModes").Description("At least one.");
        input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("languages").Description("BCP 47 tags (en, pl…).");
        input.Field<ListGraphType<NonNullGraphType<ServiceScheduleInputType>>>("schedule").Description("Its weekly openings (replaces them all).");
        input.Field<StringGraphType>("contactEmail").Description("The service's public email: never a person's own.");
        input.Field<StringGraphType>("contactPhone").Description("The service's public phone number.");
        input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("areaWards").Description("Codes of the wards it covers.");
        input.Field<DateOnlyGraphType>("lastReviewedOn").Description("The day the provider last confirmed it.");
        input.Field<BooleanGraphType>("isSynthetic").Description("True for demo or test records. Default false.");
    }
}
