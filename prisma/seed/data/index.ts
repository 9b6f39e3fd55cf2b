import type { SeedData } from "../../../lib/schemas/seed";
import { agreements } from "./agreements";
import { bodies } from "./bodies";
import { dialogues } from "./dialogues";
import { earlierAgreements, earlierBodies, earlierDialogues, earlierEvents } from "./earlier";
import { events } from "./events";
import { ministries } from "./ministries";
import { people } from "./people";
import { plans } from "./plans";
import { sectors, topics } from "./sectors";
import { moreSectors, moreTopics } from "./sectors-more";
import { sources } from "./sources";
import { summitAgreements, summitDialogues, summitEvents } from "./summits-2025-2026";
import { webSourcesEarlier } from "./web-sources-earlier";
import { webSourcesNames } from "./web-sources-names";
import { webSourcesSummits } from "./web-sources-summits";

/** The dataset the product ships with, as written in this folder (not yet validated). */
export const seedData: SeedData = {
  sources: [...sources, ...webSourcesNames, ...webSourcesSummits, ...webSourcesEarlier],
  sectors: [...sectors, ...moreSectors],
  topics: [...topics, ...moreTopics],
  ministries: [...ministries, ...bodies, ...earlierBodies],
  people,
  agreements: [...agreements, ...summitAgreements, ...earlierAgreements],
  dialogues: [...dialogues, ...summitDialogues, ...earlierDialogues],
  plans,
  events: [...events, ...summitEvents, ...earlierEvents],
};
