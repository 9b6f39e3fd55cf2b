import "server-only";
import { agreements } from "./agreements";
import { citations } from "./citations";
import { dialogues } from "./dialogues";
import { events } from "./events";
import { items } from "./items";
import { meetings } from "./meetings";
import { ministries } from "./ministries";
import { plans } from "./plans";
import { sources } from "./sources";
import { statusUpdates } from "./status-updates";

/** The JSON API's resources, one file each; this lists them for the OpenAPI document. */

export { agreements, listAgreementRows } from "./agreements";
export { citations } from "./citations";
export type { ListPage, Resource, Window } from "./define";
export { dialogues } from "./dialogues";
export { events } from "./events";
export { items, listItemRows } from "./items";
export { meetings } from "./meetings";
export { ministries } from "./ministries";
export { plans } from "./plans";
export { sources } from "./sources";
export { statusUpdates } from "./status-updates";

/** Every resource, in the order the documentation lists them. */
export const RESOURCES = [
  agreements,
  ministries,
  dialogues,
  meetings,
  plans,
  items,
  statusUpdates,
  events,
  sources,
  citations,
] as const;
