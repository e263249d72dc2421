using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Consortia.SupportPlans;

public static class SupportPlanMutations
{
    public static void AddSupportPlanMutations(this ObjectGraphType mutation)
    {
        var kind = SupportPlanEditing.Kind;
        mutation.CreateMutation<CreateSupportPlanInputType, CreateSupportPlanInput, SupportPlanType, SupportPlan>(
            "Proposes and records a support plan: one step per gap for the aim, each with the mentoring matcher's best mentor for the area (explained), or CVS advice when none is eligible; due dates spread to the target date.",
            SupportPlanEditing.Who, kind, SupportPlanEdits.Create, () => new SupportPlan { CreatedBy = "" });
        mutation.EditMutation<UpdateSupportStepInputType, UpdateSupportStepInput, SupportPlanType, SupportPlan>(
            "Links a step to its mentoring pairing, or marks a training or advice step done.", SupportPlanEditing.Who, kind, SupportPlanEdits.UpdateStep);
    }
}
