using GraphQL.Types;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Outcomes.Participation;
using VcsDirectory.Api.Outcomes.Participation.Editing;
using VcsDirectory.Api.Outcomes.Specifications;
using VcsDirectory.Api.Outcomes.Specifications.Editing;
using VcsDirectory.Api.Outcomes.Values;
using VcsDirectory.Api.Outcomes.Values.Editing;

namespace VcsDirectory.Api.Outcomes;

public static class OutcomeMutations
{
    public static void AddOutcomeMutations(this ObjectGraphType mutation)
    {
        mutation.CreateMutation<CreateServiceSpecificationInputType, ServiceSpecificationChanges, ServiceSpecificationType, ServiceSpecification>(
            "Sets out a centre's service specification for a period.", AccessPolicy.StaffOnly, ServiceSpecificationEditing.Kind, ServiceSpecificationEdits.Create,
            () => new ServiceSpecification());
        mutation.EditMutation<UpdateServiceSpecificationInputType, ServiceSpecificationChanges, ServiceSpecificationType, ServiceSpecification>(
            "Changes a service specification's period or targets.", AccessPolicy.StaffOnly, ServiceSpecificationEditing.Kind, ServiceSpecificationEdits.Update);
        mutation.CreateMutation<RecordIndicatorValueInputType, RecordIndicatorValueInput, IndicatorValueType, IndicatorValue>(
            "Records a recorded indicator's value for a centre; computed indicators are refused (COMPUTED_INDICATOR).", OutcomeAccess.CentreManagerOrStaff,
            IndicatorValueEditing.Kind, IndicatorValueEdits.Record, () => new IndicatorValue { IndicatorCode = "" });
        mutation.CreateMutation<CreateParticipationOpportunityInputType, ParticipationOpportunityChanges, ParticipationOpportunityType, ParticipationOpportunity>(
            "Offers a way to take part in a centre or one of its services.", OutcomeAccess.CentreManagerOrStaff, ParticipationOpportunityEditing.Kind,
            ParticipationOpportunityEdits.Create, () => new ParticipationOpportunity { Description = "", HowToTakePart = "" });
        mutation.EditMutation<UpdateParticipationOpportunityInputType, ParticipationOpportunityChanges, ParticipationOpportunityType, ParticipationOpportunity>(
            "Changes a participation opportunity: places filled, open or closed…", OutcomeAccess.CentreManagerOrStaff, ParticipationOpportunityEditing.Kind,
            ParticipationOpportunityEdits.Update);
    }
}
