// The consortia page's operations: public reads, and the two writes that start a consortium (a coordinator's token).

export const centres = `
query ConsortiaPageCentres {
  childrensCentres(first: 50, order: [{ name: ASC }]) { nodes { id name } }
}`;

/** What the centre requires, what is delivered there (active services) and the gap. */
export const centre = `
query ConsortiaPageCentre($id: ID!) {
  childrensCentre(id: $id) {
    id
    name
    ward { id name }
    requiredCategories(first: 50, order: [{ name: ASC }]) { nodes { id code name } }
    services(first: 100, where: { status: { eq: ACTIVE } }, order: [{ name: ASC }]) {
      totalCount
      nodes { id name category { id code name } provider { id name } }
    }
    uncoveredCategories { id code name }
  }
}`;

export const options = `
query ConsortiaPageOptions($input: ConsortiumOptionsInput!) {
  consortiumOptions(input: $input) {
    kind
    candidateCount
    noConsortiumReason
    alternatives {
      rank
      kind
      summary
      objective { coveredCategories members wardPairs }
      lead { id name }
      members { organisation { id name sizeBand } role coveredCategories qualifications choice }
      uncoveredCategories { category explanation }
    }
  }
}`;

export const createConsortium = `
mutation ConsortiaPageCreate($input: CreateConsortiumInput!) {
  createConsortium(input: $input) {
    consortium { id version name status }
    userErrors { field code message }
  }
}`;

export const invite = `
mutation ConsortiaPageInvite($input: InviteToConsortiumInput!) {
  inviteToConsortium(input: $input) {
    consortium { id version }
    userErrors { field code message }
  }
}`;
