using System.ComponentModel;

namespace VcsDirectory.Api.Outcomes.Framework;

[Description("Where an indicator's values come from.")]
public enum IndicatorBasis
{
    [Description("The directory computes it from its own records on every read; it is never recorded.")]
    Computed,
    [Description("CVS staff or the centre's manager record it, with a date and a note.")]
    Recorded,
}
