namespace VcsDirectory.Api.Validation;

/// <summary>Every code a validation problem (an import problem or a mutation's user error) can carry.</summary>
public static class ProblemCodes
{
    public const string Required = "REQUIRED";
    public const string TooLong = "TOO_LONG";
    public const string OutOfRange = "OUT_OF_RANGE";
    public const string IncompletePosition = "INCOMPLETE_POSITION";
    public const string InvalidPosition = "INVALID_POSITION";
    public const string UnknownReference = "UNKNOWN_REFERENCE";
    public const string Duplicate = "DUPLICATE";
    public const string InvalidCode = "INVALID_CODE";
    public const string InvalidEmail = "INVALID_EMAIL";
    public const string InvalidUrl = "INVALID_URL";
    public const string InvalidIdentifier = "INVALID_IDENTIFIER";
    public const string SyntheticWithRealIdentifier = "SYNTHETIC_WITH_REAL_IDENTIFIER";
    public const string Inconsistent = "INCONSISTENT";
    public const string InvalidMonth = "INVALID_MONTH";
    public const string InvalidLanguage = "INVALID_LANGUAGE";
    public const string UnsupportedFormat = "UNSUPPORTED_FORMAT";
    public const string NotEmpty = "NOT_EMPTY";
    public const string NotFound = "NOT_FOUND";
    public const string Stale = "STALE";
    public const string Archived = "ARCHIVED";
    public const string NotAllowed = "NOT_ALLOWED";
    public const string Ineligible = "INELIGIBLE";
    public const string InvalidState = "INVALID_STATE";
    public const string NoFreePlaces = "NO_FREE_PLACES";

    public static IReadOnlyList<string> All { get; } = typeof(ProblemCodes).GetFields()
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
}
