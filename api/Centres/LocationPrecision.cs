using System.ComponentModel;

namespace VcsDirectory.Api.Centres;

[Description("How far a stored location can be trusted.")]
public enum LocationPrecision
{
    [Description("Recorded as given: a geocoded street address or a survey.")]
    Exact,

    [Description("Within about 1 km, e.g. the centroid of the ward the place is in.")]
    Approximate,

    [Description("Not known: no location is stored rather than an invented one.")]
    Unknown,
}
