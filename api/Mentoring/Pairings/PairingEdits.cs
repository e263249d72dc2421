using VcsDirectory.Api.Access;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Mentoring.Matching;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Mentoring.Pairings;

/// <summary>The pairing lifecycle's mutations: a proposal, then one step each (accept or decline, start, end).</summary>
public static class PairingEdits
{
    public static RecordEdit<Pairing, ProposeMentoringPairingInput> Propose { get; } = new()
    {
        Action = "proposeMentoringPairing",
        Authorise = (caller, input) => AccessPolicy.DemandActFor(caller, Mentee(input)),
        Apply = async (scope, pairing, input) =>
        {
            var (mentee, mentor) = (Mentee(input), GlobalId.DecodeFor<OrganisationType>(input.MentorId, "input.mentorId"));
            var service = scope.Services.GetRequiredService<PairingService>();
            await service.CheckProposalAsync(scope.Problems, mentee, mentor, input.Note, scope.CancellationToken);
            service.Propose(pairing, scope.Caller, mentee, mentor, input.Note, PairingOrigin.Coordinator);
        },
    };

    public static RecordEdit<Pairing, PairingStepInput> Accept { get; } = Step(PairingTransition.Accept);

    public static RecordEdit<Pairing, PairingStepInput> Decline { get; } = Step(PairingTransition.Decline);

    public static RecordEdit<Pairing, PairingStepInput> Start { get; } = Step(PairingTransition.Start);

    public static RecordEdit<Pairing, PairingStepInput> End { get; } = Step(PairingTransition.End);

    private static int Mentee(ProposeMentoringPairingInput input) => GlobalId.DecodeFor<OrganisationType>(input.MenteeId, "input.menteeId");

    private static RecordEdit<Pairing, PairingStepInput> Step(PairingTransition transition) => new()
    {
        Action = transition.Action,
        AuthoriseLoaded = (caller, pairing) =>
        {
            if (transition.MentorSideOnly || !AccessPolicy.MayActFor(caller, pairing.MenteeId))
            {
                AccessPolicy.DemandActFor(caller, pairing.MentorId);
            }
        },
        Apply = async (scope, pairing, input) =>
        {
            if (!transition.From.Contains(pairing.State))
            {
                scope.Problems.Add("input.id", ProblemCodes.InvalidState, $"A {pairing.State.ToString().ToUpperInvariant()} pairing cannot be {transition.PastTense}.");
            }
            else if (input.Note?.Length > 1000)
            {
                scope.Problems.Add("input.note", ProblemCodes.TooLong, "At most 1000 characters.");
            }
            else if (transition.To == PairingState.Accepted && await scope.Services.GetRequiredService<PairingService>().NoFreePlaceAsync(pairing.MentorId, scope.CancellationToken))
            {
                scope.Problems.Add("input.id", ProblemCodes.NoFreePlaces, "The mentor has no free place left: end another pairing or raise its maximum first.");
            }
            else
            {
                Apply(pairing, transition, input, scope.Now);
            }
        },
    };

    private static void Apply(Pairing pairing, PairingTransition transition, PairingStepInput input, DateTime now)
    {
        pairing.State = transition.To;
        switch (transition.To)
        {
            case PairingState.Accepted or PairingState.Declined:
                (pairing.AnsweredAt, pairing.OutcomeNote) = (now, input.Note);
                break;
            case PairingState.Active:
                pairing.StartedAt = now;
                break;
            default:
                (pairing.EndedAt, pairing.Outcome, pairing.OutcomeNote) = (now, input.Outcome ?? PairingOutcome.Completed, input.Note);
                break;
        }
    }
}
