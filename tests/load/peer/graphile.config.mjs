// PostGraphile 5 over the load test's PostgreSQL database: the peer of tests/load/run.sh --peer postgraphile.
// Stock PostGraphile as its documentation sets it up for production (the amber preset, no GraphiQL, no watch, no
// explain); the only additions let it answer the directory page at all. Never deployed.
//   PEER_DATABASE_URL=postgres://… PEER_PORT=5320 NODE_ENV=production node …/postgraphile/dist/cli-run.js -C graphile.config.mjs
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { jsonPgSmartTags } from "postgraphile/utils";

const port = Number(process.env.PEER_PORT);
const connectionString = process.env.PEER_DATABASE_URL;
if (!connectionString || !port) {
  throw new Error("Set PEER_DATABASE_URL and PEER_PORT.");
}

// PostGraphile 5 offers filtering and ordering only on indexed columns (a guard against slow queries); the page
// filters on ArchivedAt IS NULL and orders capacities and needs by strength/priority, which EF indexes only
// after the area. Allowing them here is what a PostGraphile user would do (a smart tag, no index added).
const allow = (...columns) =>
  Object.fromEntries(columns.map((column) => [column, { tags: { behavior: ["+filterBy", "+orderBy"] } }]));
const DirectoryPageTags = jsonPgSmartTags({
  version: 1,
  config: {
    class: {
      Organisations: { attribute: allow("ArchivedAt") },
      OrganisationCapacities: { attribute: allow("Strength") },
      OrganisationNeeds: { attribute: allow("Priority") },
    },
  },
});

/** @type {GraphileConfig.Preset} */
export default {
  extends: [PostGraphileAmberPreset],
  plugins: [DirectoryPageTags],
  pgServices: [makePgService({ connectionString, schemas: ["public"] })],
  // Plain lists beside connections, as our schema serves capacities and needs.
  schema: { defaultBehavior: "+list" },
  grafserv: { host: "127.0.0.1", port, graphiql: false, watch: false },
  grafast: { explain: false },
};
