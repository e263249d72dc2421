namespace VcsDirectory.Api.Jobs;

/// <summary>A job's failure in words for its user (a solver's time guard, data that cannot be planned); any other exception is logged and reported by correlation id.</summary>
public sealed class JobFailedException(string message) : Exception(message);
