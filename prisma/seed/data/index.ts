import type { SeedData } from "../../../lib/schemas/seed";
import { agreements } from "./agreements";
import { dialogues } from "./dialogues";
import { events } from "./events";
import { ministries } from "./ministries";
import { people } from "./people";
import { plans } from "./plans";
import { sectors, topics } from "./sectors";
import { sources } from "./sources";

/** The dataset the product ships with, as written in this folder (not yet validated). */
export const seedData: SeedData = {
  sources,
  sectors,
  topics,
  ministries,
  people,
  agreements,
  dialogues,
  plans,
  events,
};
