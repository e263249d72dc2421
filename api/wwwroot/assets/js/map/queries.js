// The side panel's details of every detected cluster: the same default detection that /geo/clusters.geojson draws,
// so the keys match.
export const detectedClusters = `
query MapClusterDetails {
  detectNeedClusters {
    clusters {
      key
      number
      familiesAffected
      needCount
      areaKm2
      intensity
      categories { familiesAffected share serviceCategory { code name } }
      dominantCategories { serviceCategory { code } }
      wards { name }
      coverage {
        radiusKm
        score
        nearestCentre { distanceKm isWithinRadius centre { name } }
        gaps { code name }
        providers(first: 8) {
          totalCount
          nodes { distanceKm basis organisation { name sizeBand } categories { name } }
        }
      }
    }
  }
}`;
