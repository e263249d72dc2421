namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>An <see cref="AssignmentSolver"/> solve: for each mentee the candidate index of its mentor, or −1, and what the solve took.</summary>
/// <param name="ArcsSolved">Arcs the flow solver was given in its last round.</param>
/// <param name="RescoredPairs">Dropped pairs scored again to price them (see <see cref="DroppedArcs"/>).</param>
/// <param name="RecoveredArcs">Of those, the arcs stored again and handed to the solver.</param>
internal readonly record struct AssignmentResult(int[] Chosen, int Rounds, int ArcsSolved, long RescoredPairs, int RecoveredArcs);
