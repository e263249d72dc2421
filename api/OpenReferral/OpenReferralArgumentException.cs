namespace VcsDirectory.Api.OpenReferral;

/// <summary>A query parameter the endpoints cannot read: answered 400 with the parameter named and a sentence, never a 500.</summary>
public sealed class OpenReferralArgumentException(string parameter, string message) : Exception(message)
{
    public string Parameter { get; } = parameter;
}
