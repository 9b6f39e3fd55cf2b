import "server-only";
import { type DueState, dialogueDueState } from "@/lib/cadence";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  datedFields,
  meetingTextFields,
  ministryBrief,
  namedLink,
  placeFields,
  summaryFields,
  titledLink,
  titleFields,
} from "@/lib/server/db/fragments";
import type { Db } from "@/lib/server/db/prisma";
import { citationsInclude } from "./citations";

const nameSelect = namedLink;

const meetingSelect = {
  id: true,
  slug: true,
  number: true,
  status: true,
  ...datedFields("held"),
  ...placeFields,
} as const;

/** Every dialogue (or those `where` picks) with its meetings and where it stands against its cadence on `today`. */
export async function listDialogues(db: Db, today: string, where: Prisma.DialogueWhereInput = { archivedAt: null }) {
  const rows = await db.dialogue.findMany({
    where,
    orderBy: { nameEn: "asc" },
    select: {
      ...nameSelect,
      abbreviation: true,
      format: true,
      level: true,
      cadence: true,
      cadenceMonths: true,
      sector: { select: nameSelect },
      agreement: {
        select: { slug: true, topics: { select: { topic: { select: { sector: { select: { slug: true } } } } } } },
      },
      participants: { select: { ministry: { select: ministryBrief } } },
      meetings: { where: { archivedAt: null }, orderBy: { heldOn: "desc" }, select: meetingSelect },
    },
  });
  return rows.map((d) => ({ ...d, due: dialogueDueState(d.cadenceMonths, d.meetings, today) as DueState }));
}

export type DialogueListItem = Awaited<ReturnType<typeof listDialogues>>[number];

/** Everything /dialogues/[slug] shows; null when there is no such dialogue. */
export async function getDialogue(db: Db, slug: string, today: string) {
  const dialogue = await db.dialogue.findFirst({
    where: { slug, archivedAt: null },
    select: {
      id: true,
      ...nameSelect,
      abbreviation: true,
      format: true,
      level: true,
      cadence: true,
      cadenceMonths: true,
      ...summaryFields,
      sector: { select: nameSelect },
      agreement: { select: titledLink },
      participants: { select: { ministry: { select: ministryBrief } } },
      citations: citationsInclude,
      meetings: {
        where: { archivedAt: null },
        orderBy: [{ heldOn: "desc" }, { number: "desc" }],
        select: {
          ...meetingSelect,
          ...meetingTextFields,
          participants: {
            select: {
              role: true,
              person: {
                select: {
                  id: true,
                  ...nameSelect,
                  roles: { select: { ...titleFields, ministry: { select: nameSelect } } },
                },
              },
            },
          },
          reviews: {
            select: {
              id: true,
              noteEn: true,
              agreement: { select: titledLink },
              plan: { select: titledLink },
            },
          },
          citations: citationsInclude,
        },
      },
    },
  });
  if (!dialogue) return null;
  return { ...dialogue, due: dialogueDueState(dialogue.cadenceMonths, dialogue.meetings, today) as DueState };
}

export type DialogueDetail = NonNullable<Awaited<ReturnType<typeof getDialogue>>>;
