using System.ComponentModel;
using System.Reflection;

namespace VcsDirectory.Api.Validation;

/// <summary>Every code a validation problem (an import problem or a mutation's user error) can carry.</summary>
public static class ProblemCodes
{
    [Description("A value is required and none was given.")]
    public const string Required = "REQUIRED";
    [Description("The text is longer than the field allows; the message gives the limit.")]
    public const string TooLong = "TOO_LONG";
    [Description("The number is outside the allowed range; the message gives it.")]
    public const string OutOfRange = "OUT_OF_RANGE";
    [Description("Only one of latitude and longitude was given: give both, or neither.")]
    public const string IncompletePosition = "INCOMPLETE_POSITION";
    [Description("Latitude is beyond ±90 or longitude beyond ±180.")]
    public const string InvalidPosition = "INVALID_POSITION";
    [Description("No record or code of that kind has this id or code.")]
    public const string UnknownReference = "UNKNOWN_REFERENCE";
    [Description("Another record already has this value.")]
    public const string Duplicate = "DUPLICATE";
    [Description("A code must be SCREAMING_SNAKE_CASE: capital letters, digits and underscores, starting with a letter.")]
    public const string InvalidCode = "INVALID_CODE";
    [Description("Not an email address.")]
    public const string InvalidEmail = "INVALID_EMAIL";
    [Description("Not an absolute http(s) address.")]
    public const string InvalidUrl = "INVALID_URL";
    [Description("Not an org-id.guide identifier (SCHEME-PREFIX-value, e.g. GB-CHC-1234567), or a charity number without 6 or 7 digits.")]
    public const string InvalidIdentifier = "INVALID_IDENTIFIER";
    [Description("A synthetic record must not carry a real register's identifier.")]
    public const string SyntheticWithRealIdentifier = "SYNTHETIC_WITH_REAL_IDENTIFIER";
    [Description("The value contradicts another field of the same input, e.g. a fee on a free service.")]
    public const string Inconsistent = "INCONSISTENT";
    [Description("A month must be written YYYY-MM.")]
    public const string InvalidMonth = "INVALID_MONTH";
    [Description("Not a BCP 47 language tag (en, pl…).")]
    public const string InvalidLanguage = "INVALID_LANGUAGE";
    [Description("An imported dataset has a format version this API does not read.")]
    public const string UnsupportedFormat = "UNSUPPORTED_FORMAT";
    [Description("Datasets are imported into an empty directory only.")]
    public const string NotEmpty = "NOT_EMPTY";
    [Description("No record has this id.")]
    public const string NotFound = "NOT_FOUND";
    [Description("The record changed since the version given was read: read it again and reapply the change.")]
    public const string Stale = "STALE";
    [Description("The record, or one it refers to, is archived and cannot be changed or used.")]
    public const string Archived = "ARCHIVED";
    [Description("The caller may not make this change.")]
    public const string NotAllowed = "NOT_ALLOWED";
    [Description("The pair breaks a matching rule; the message says which.")]
    public const string Ineligible = "INELIGIBLE";
    [Description("The record is not in a state that allows this change, e.g. starting a pairing that was never accepted.")]
    public const string InvalidState = "INVALID_STATE";
    [Description("The mentor has no free mentoring place left.")]
    public const string NoFreePlaces = "NO_FREE_PLACES";
    [Description("The indicator is computed by the directory from its records: its values cannot be recorded.")]
    public const string ComputedIndicator = "COMPUTED_INDICATOR";

    /// <summary>Every code, with the sentence that says what it means.</summary>
    public static IReadOnlyDictionary<string, string> Described { get; } = typeof(ProblemCodes).GetFields()
        .Where(f => f.IsLiteral)
        .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.GetCustomAttribute<DescriptionAttribute>()!.Description);
}
