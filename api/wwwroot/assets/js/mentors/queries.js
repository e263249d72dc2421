// The mentor finder's operations: all of them public queries but the proposal, which needs a coordinator's token.

export const findOrganisations = `
query FindOrganisations($name: String!) {
  organisations(first: 10, where: { name: { contains: $name } }, order: [{ name: ASC }]) {
    totalCount
    nodes { id name sizeBand postcodeArea }
  }
}`;

export const organisation = `
query MentorFinderOrganisation($id: ID!) {
  organisation(id: $id) {
    id
    databaseId
    name
    sizeBand
    postcodeArea
    needs { priority area { code name } }
  }
  capacityAreas(first: 100, order: [{ name: ASC }]) { nodes { code name } }
}`;

/** Pairings in progress on either side of an organisation, newest first. */
export const pairingsInProgress = `
query MentorFinderPairings($databaseId: Int!) {
  mentoringPairings(
    first: 50
    where: { or: [{ menteeDatabaseId: { eq: $databaseId } }, { mentorDatabaseId: { eq: $databaseId } }], state: { in: [PROPOSED, ACCEPTED, ACTIVE] } }
    order: [{ proposedAt: DESC }]
  ) {
    nodes { id state mentor { name } mentee { name } proposedAt }
  }
}`;

export const mentorSuggestions = `
query MentorFinderSuggestions($id: ID!, $where: SuggestionFilterInput) {
  mentorSuggestions(organisationId: $id, first: 10, where: $where) {
    mentor { id name sizeBand }
    score
    components { kind raw weight contribution explanation }
    coveredNeeds { priority mentorStrength area { code name } }
    uncoveredNeeds { priority mentorStrength area { code name } }
    distanceKm
    mentorFreePlaces
  }
}`;

export const proposePairing = `
mutation ProposeMentoringPairing($input: ProposeMentoringPairingInput!) {
  proposeMentoringPairing(input: $input) {
    mentoringPairing { id state mentor { name } }
    userErrors { field code message }
  }
}`;
