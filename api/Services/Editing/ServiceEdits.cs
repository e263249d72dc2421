using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Services.Editing;

/// <summary>Each service mutation: who may, what it loads beside the service's row, and how it applies its input.</summary>
public static class ServiceEdits
{
    public static RecordEdit<Service, ServiceChanges> Create { get; } = new()
    {
        Action = "createService",
        Authorise = (caller, input) => AccessPolicy.DemandActFor(caller, GlobalId.DecodeFor<OrganisationType>(input.ProviderId ?? "", "input.providerId"), ServiceEditing.Who),
        Apply = async (scope, service, input) =>
        {
            var providerId = GlobalId.DecodeFor<OrganisationType>(input.ProviderId ?? "", "input.providerId");
            await scope.RefuseIfAnyAsync(scope.Db.Organisations.Where(o => o.Id == providerId && o.ArchivedAt != null), "input.providerId", ProblemCodes.Archived, "The organisation is archived.");
            service.ProviderId = providerId;
            service.IsSynthetic = input.IsSynthetic.Or(false) ?? false;
            await ApplyAsync(scope, service, input);
        },
    };

    public static RecordEdit<Service, ServiceChanges> Update { get; } = new()
    {
        Action = "updateService",
        Touches = (services, input) => input.AreaWards.IsSet ? services.Include(s => s.AreaWards) : services,
        AuthoriseLoaded = (caller, service) => AccessPolicy.DemandActFor(caller, service.ProviderId, ServiceEditing.Who),
        Apply = ApplyAsync,
    };

    public static RecordEdit<Service, DeliverServiceAtCentreInput> DeliverAtCentre { get; } = new()
    {
        Action = "deliverServiceAtCentre",
        Touches = (services, _) => services.Include(s => s.Centres),
        AuthoriseLoaded = (caller, service) => AccessPolicy.DemandActFor(caller, service.ProviderId, ServiceEditing.Who),
        Apply = async (scope, service, input) =>
        {
            var centreId = GlobalId.DecodeFor<ChildrensCentreType>(input.CentreId, "input.centreId");
            var centre = await scope.Db.ChildrensCentres.AsTracking().FirstOrDefaultAsync(c => c.Id == centreId, scope.CancellationToken);
            if (centre is null)
            {
                scope.Problems.Add("input.centreId", ProblemCodes.UnknownReference, "No children's centre has this id.");
                return;
            }

            var wanted = input.Delivered ?? true ? service.Centres.Append(centre).Distinct().ToList() : service.Centres.Where(c => c.Id != centreId).ToList();
            Relations.Replace(service.Centres, wanted);
            service.ModifiedAt = scope.Now;
        },
    };

    public static RecordEdit<Service, WithdrawServiceInput> Withdraw { get; } = new()
    {
        Action = "withdrawService",
        AuthoriseLoaded = (caller, service) => AccessPolicy.DemandActFor(caller, service.ProviderId, ServiceEditing.Who),
        Apply = (scope, service, _) =>
        {
            (service.Status, service.ModifiedAt) = (ServiceStatus.Inactive, scope.Now);
            return Task.CompletedTask;
        },
    };

    private static async Task ApplyAsync(EditScope scope, Service s, ServiceChanges input)
    {
        (s.Name, s.Description) = (input.Name.Or(s.Name) ?? "", input.Description.Or(s.Description));
        if (input.Category.IsSet || s.ServiceCategoryId == 0)
        {
            var category = await scope.LookupOneAsync(scope.Db.ServiceCategories, c => c.Code, input.Category.Or(null) ?? "", "input.category", "service category");
            s.ServiceCategoryId = category?.Id ?? s.ServiceCategoryId;
        }

        (s.MinimumAgeMonths, s.MaximumAgeMonths) = (input.MinimumAgeMonths.Or(s.MinimumAgeMonths), input.MaximumAgeMonths.Or(s.MaximumAgeMonths));
        (s.IsFree, s.FeeDescription) = (input.IsFree.Or(s.IsFree) ?? true, input.FeeDescription.Or(s.FeeDescription));
        s.DeliveryModes = input.DeliveryModes.IsSet ? (input.DeliveryModes.Value ?? []).Distinct().Order().ToList() : s.DeliveryModes;
        s.Languages = input.Languages.IsSet ? (input.Languages.Value ?? []).Distinct().ToList() : s.Languages;
        if (input.Schedule.IsSet)
        {
            s.Schedule = (input.Schedule.Value ?? []).OrderBy(x => x.Day).ThenBy(x => x.OpensAt)
                .Select(x => new ServiceSchedule { Day = x.Day, OpensAt = x.OpensAt, ClosesAt = x.ClosesAt }).ToList();
        }

        (s.ContactEmail, s.ContactPhone) = (input.ContactEmail.Or(s.ContactEmail), input.ContactPhone.Or(s.ContactPhone));
        (s.LastReviewedOn, s.IsSynthetic) = (input.LastReviewedOn.Or(s.LastReviewedOn), input.IsSynthetic.Or(s.IsSynthetic) ?? false);
        if (input.AreaWards.IsSet)
        {
            var codes = input.AreaWards.Value ?? [];
            var wards = await scope.LookupAsync(scope.Db.Wards, w => w.Code, codes, "input.areaWards", "ward");
            Relations.Replace(s.AreaWards, codes.Where(wards.ContainsKey).Select(code => wards[code]).Distinct().ToList());
        }

        s.ModifiedAt = scope.Now;
    }
}
