namespace VcsDirectory.Api.Outcomes.Indicators;

/// <summary>An active service delivered at the centre: who provides it and in which category.</summary>
public sealed record DeliveredService(int ServiceId, int ProviderId, int ServiceCategoryId, bool ProviderIsVcs);
