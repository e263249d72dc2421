// The outcomes page's operations: the centres to choose from, one centre's specification, and the borough view.
export const centres = `
query OutcomesPageCentres {
  childrensCentres(first: 50, order: [{ name: ASC }]) { nodes { id name } }
}`;

export const centreSpecification = `
query OutcomesPageCentre($id: ID!) {
  childrensCentre(id: $id) {
    id
    name
    specification {
      id
      periodStart
      periodEnd
      isSynthetic
      indicators {
        indicator { code name unit direction basis }
        target
        baseline
        latest { value on isComputed isSynthetic }
        history { value on }
        status
        explanation
      }
    }
  }
}`;

export const boroughSummary = `
query OutcomesPageBorough {
  outcomesSummary {
    indicator { code name basis }
    onTrack
    atRisk
    offTrack
    noData
    centres { centre { id name } status }
  }
}`;
