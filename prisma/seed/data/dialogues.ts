import type { SeedDialogue } from "../../../lib/schemas/seed";
import { S000, S001, S002, S003 } from "./source-files";

/**
 * Dialogues (recurring mechanisms) and their meetings.
 *
 * - The vocabularies have no "unknown" level or cadence. Where no source gives one
 *   (the ICT strategy dialogue's level and cadence, TEMM's cadence), the least
 *   committal value is used ("working", "irregular") and the summary says it is
 *   not stated.
 * - Meetings are recorded only where a source gives them (numbers, dates, places);
 *   the director-general dialogue's meetings 2 to 6 are not in the sources.
 */

/** 003 is undated; its "December 20" and "next year" are read from the plan dates it cites. */
const YEAR_2023_REASONING =
  "003 gives “December 20” with no year. It calls the Second Korea-China Environmental Cooperation Plan (2023-2027) signed “in June of this year” and discusses fine dust reduction through the 5th Fine Dust Seasonal Management Plan running from December 1, 2023 to March 31, 2024, so the meeting was on 20 December 2023.";

const NEXT_YEAR_REASONING =
  "003, a release of December 2023 (its meeting was on 20 December 2023), schedules it for “the second half of next year”: the second half of 2024. The vocabulary has no half-year precision, so the year is recorded.";

export const dialogues: SeedDialogue[] = [
  {
    slug: "environment-ministers-annual-meeting",
    nameEn: "Korea–China environment ministers' annual meeting",
    format: "bilateral",
    level: "minister",
    cadence: "annual",
    sector: "environment-climate",
    agreement: "environmental-cooperation-mou-2026",
    participants: ["mcee", "mee-china"],
    summaryEn:
      "Annual meetings of the two environment ministers, agreed in the January 2026 environmental cooperation MOU (001, 002: both low trust; 000 speaks of “a fixed ministerial cadence”). No meeting is recorded in the sources yet.",
    meetings: [],
    citations: [
      {
        source: S001,
        quote:
          "To ensure continuity, South Korea and China agreed to hold annual meetings between environment ministers.",
        field: "cadence",
      },
      {
        source: S002,
        quote: "Both countries agreed to hold yearly meetings for environment ministers",
        field: "cadence",
      },
      {
        source: S000,
        quote:
          "The updated framework attempts to move beyond episodic coordination by setting a fixed ministerial cadence",
        field: "agreement",
      },
    ],
  },
  {
    slug: "directors-general-policy-dialogue-environment",
    nameEn: "China-Korea Directors General Policy Dialogue on the Environment",
    format: "bilateral",
    level: "director_general",
    // 001's "every other year" is for the framework of the 2026 MOU; see the summary.
    cadence: "biennial",
    sector: "environment-climate",
    agreement: "environmental-cooperation-mou-2026",
    participants: ["moe-korea", "mee-china", "mcee"],
    summaryEn:
      "Policy dialogue at director-general level between Korea's environment ministry and China's Ministry of Ecology and Environment, held since November 2016 to expand policy exchange for resolving fine dust issues (003). Its 7th meeting was in Beijing on 20 December 2023: seven meetings in a little over seven years, so in practice it has not met every other year. Under the January 2026 environmental cooperation MOU, director-general policy dialogues are to take place every other year to review progress and coordinate initiatives (001, low trust); that cadence is the one recorded.",
    meetings: [
      {
        slug: "directors-general-policy-dialogue-environment-1",
        number: 1,
        status: "held",
        heldOn: { on: "2016-11", precision: "month" },
        participants: [],
        reviews: [],
        citations: [
          {
            source: S003,
            quote: "the first meeting was held in November 2016",
            field: "heldOn",
          },
          {
            source: S003,
            quote:
              "The China-Korea Directors General Policy Dialogue on the Environment is the 7th meeting since the first meeting was held in November 2016.",
            field: "number",
          },
        ],
      },
      {
        slug: "directors-general-policy-dialogue-environment-7",
        number: 7,
        status: "held",
        heldOn: { on: "2023-12-20", precision: "day", inferred: { reasoning: YEAR_2023_REASONING } },
        placeEn: "Beijing",
        agendaEn:
          "Enhancing environmental cooperation between the two countries, focusing on fine dust reduction through the 5th Fine Dust Seasonal Management Plan (1 December 2023 – 31 March 2024) and joint responses to yellow dust; review of the Second Korea-China Environmental Cooperation Plan (2023-2027); mutual cooperation for the successful hosting of events in the second half of 2024, including the 25th Tripartite Environment Ministers Meeting (Korea-China-Japan) and the 5th Intergovernmental Negotiating Committee on Plastics; the implementation status of the 2023 Clear Sky Plan.",
        outcomesEn:
          "Both sides reported that the Clear Sky Plan contributes to concretizing environmental cooperation between the two countries through policy and technology exchange, joint research and technology industrialization, and plan to gather their intentions for its continuous development. Korea's chief representative said Korea would strengthen cooperation on common challenges such as fine dust and yellow dust and expand exchanges to improve environmental issues in Northeast Asia.",
        participants: [
          { person: "lee-young-seok", role: "chief_representative" },
          { person: "zhou-guomei", role: "chief_representative" },
        ],
        reviews: [
          {
            agreement: "second-environmental-cooperation-plan-2023-2027",
            noteEn: "Reviewed the contents of the plan.",
          },
          {
            plan: "second-environmental-cooperation-plan-2023-2027",
            noteEn: "Reviewed the contents of the plan.",
          },
          {
            plan: "clear-sky-plan-2023",
            noteEn: "Assessed its implementation status.",
          },
          {
            plan: "fine-dust-seasonal-management-plan-5",
            noteEn: "Discussed fine dust reduction through the plan.",
          },
        ],
        citations: [
          {
            source: S003,
            quote:
              "On December 20, the Ministry of Environment (Minister Han Wha-jin) held the '7th China-Korea Directors General Policy Dialogue on the Environment' with the Chinese Ministry of Ecology and Environment (Minister Huang Runqiu) in Beijing.",
            field: "heldOn",
          },
          {
            source: S003,
            quote: "'5th Fine Dust Seasonal Management Plan (December 1, 2023, to March 31, 2024)'",
            field: "heldOn",
          },
          {
            source: S003,
            quote: "which was signed by the Environment Ministers of both countries in June of this year",
            field: "heldOn",
          },
          { source: S003, quote: "hold director-level meeting in Beijing", field: "placeEn" },
          {
            source: S003,
            quote: "The China-Korea Directors General Policy Dialogue on the Environment is the 7th meeting",
            field: "number",
          },
          {
            source: S003,
            quote:
              "They discussed measures to enhance environmental cooperation between the two countries, focusing on fine dust reduction through the '5th Fine Dust Seasonal Management Plan (December 1, 2023, to March 31, 2024)' and joint responses to yellow dust.",
            field: "agendaEn",
          },
          {
            source: S003,
            quote:
              "Additionally, they discussed mutual cooperation measures for the successful hosting of events scheduled for the second half of next year",
            field: "agendaEn",
          },
          {
            source: S003,
            quote:
              "They reviewed the contents of the 'Second Korea-China Environmental Cooperation Plan (2023-2027),' which was signed by the Environment Ministers of both countries in June of this year.",
            field: "reviews",
          },
          {
            source: S003,
            quote: "Furthermore, they assessed the implementation status of the 2023 Clear Sky Plan*",
            field: "reviews",
          },
          {
            source: S003,
            quote:
              "Both sides report that the Clear Sky Plan contributes to concretizing environmental cooperation between the two countries through policy and technology exchange, joint research, and technology industrialization. They plan to gather their intentions for continuous development.",
            field: "outcomesEn",
          },
          {
            source: S003,
            quote:
              "We will strengthen cooperation for the resolution of common challenges such as fine dust and yellow dust between the two countries",
            field: "outcomesEn",
          },
          {
            source: S003,
            quote:
              "At this meeting, Lee Young-seok, Director of Climate Change and International Cooperation Bureau at the Ministry of Environment, and Zhou Guomei, CEO of the Sino-Foreign Joint Venture Corporation of the Ministry of Ecology and Environment, attended as chief representatives.",
            field: "participants",
          },
        ],
      },
    ],
    citations: [
      {
        source: S003,
        quote:
          "The China-Korea Directors General Policy Dialogue on the Environment is the 7th meeting since the first meeting was held in November 2016.",
        field: "nameEn",
      },
      {
        source: S003,
        quote: "The purpose of these meetings is to expand policy exchange for resolving fine dust issues.",
        field: "summaryEn",
      },
      {
        source: S001,
        quote:
          "In addition, policy dialogues at the director-general level will take place every other year to review progress and coordinate initiatives.",
        field: "cadence",
        note: "001 (sponsored, low trust) gives this cadence for the 2026 MOU's framework. Meetings 1 to 7 (November 2016 to December 2023) were not every other year.",
      },
      {
        source: S001,
        quote: "policy dialogues at the director-general level will take place every other year",
        field: "agreement",
        note: "001 places director-general dialogues within the 2026 MOU's framework; 003 shows this dialogue has met since 2016, before that MOU.",
      },
      {
        source: S003,
        quote:
          "Ministry of Environment and the Chinese Ministry of Ecology and Environment hold director-level meeting in Beijing",
        field: "participants",
      },
      {
        source: S000,
        quote:
          "South Korea’s Climate, Energy and Environment Ministry said it signed a new MOU with China’s Ministry of Ecology and Environment",
        field: "participants",
        note: "The MCEE, the Korean signatory of the MOU that sets the dialogue's new cadence, takes part on Korea's side from 2026.",
      },
    ],
  },
  {
    slug: "ict-strategy-dialogue",
    nameEn: "Korea–China ICT strategy dialogue",
    format: "bilateral",
    // Not stated by any source.
    level: "working",
    // Not stated by any source.
    cadence: "irregular",
    // Korea's side is the Ministry of Science and ICT: the science and ICT track. The
    // timeline also lists it under digital, the track of the agreement it comes with.
    sector: "science-ict",
    agreement: "digital-technology-agreement-2026",
    participants: ["msit", "miit"],
    summaryEn:
      "A bilateral ICT strategy dialogue that comes with the January 2026 digital technology agreement, scheduled to take place in Beijing in 2026, to explore ways to coordinate digital policy while supporting innovation and resilience in emerging technologies (001). Its level and cadence are not stated in the sources. Its participants are taken to be the agreement's signatories.",
    meetings: [
      {
        slug: "ict-strategy-dialogue-2026",
        status: "scheduled",
        heldOn: { on: "2026", precision: "year" },
        placeEn: "Beijing",
        participants: [],
        reviews: [],
        citations: [
          { source: S000, quote: "with an ICT strategy dialogue scheduled in Beijing in 2026", field: "heldOn" },
          { source: S000, quote: "with an ICT strategy dialogue scheduled in Beijing in 2026", field: "placeEn" },
          {
            source: S001,
            quote: "A bilateral ICT strategy dialogue is scheduled to take place in Beijing in 2026.",
            field: "status",
          },
          {
            source: S002,
            quote:
              "An additional agreement targets digital technologies, with a strategic dialogue scheduled for 2026.",
          },
          {
            source: S001,
            quote:
              "Officials said the talks will explore ways to coordinate digital policy while supporting innovation and resilience in emerging technologies.",
            field: "agendaEn",
          },
        ],
        agendaEn:
          "Ways to coordinate digital policy while supporting innovation and resilience in emerging technologies (001).",
      },
    ],
    citations: [
      {
        source: S000,
        quote:
          "Another agreement with China’s Ministry of Industry and Information Technology expands collaboration on digital technologies, including digital inclusion, with an ICT strategy dialogue scheduled in Beijing in 2026.",
        field: "agreement",
      },
      {
        source: S001,
        quote: "A bilateral ICT strategy dialogue is scheduled to take place in Beijing in 2026.",
        field: "format",
      },
      {
        source: S000,
        quote: "Another agreement with China’s Ministry of Industry and Information Technology",
        field: "participants",
        note: "The participants are taken to be the agreement's signatories; no source names them for the dialogue.",
      },
    ],
  },
  {
    slug: "tripartite-environment-ministers-meeting",
    // 003's name; it gives no abbreviation.
    nameEn: "Tripartite Environment Ministers Meeting (Korea-China-Japan)",
    format: "trilateral",
    level: "minister",
    // Not stated by any source.
    cadence: "irregular",
    sector: "environment-climate",
    // Japan's environment ministry takes part but no source names it, so only the
    // Korean and Chinese ministries are recorded as participants (see ministries.ts).
    participants: ["moe-korea", "mee-china"],
    summaryEn:
      "The environment ministers' meeting of Korea, China and Japan. Its 25th meeting was scheduled for the second half of 2024; Korea's Ministry of Environment and China's Ministry of Ecology and Environment discussed cooperation for its successful hosting at their December 2023 director-general dialogue (003). The sources do not name Japan's participating ministry or give the meeting's cadence.",
    meetings: [
      {
        slug: "tripartite-environment-ministers-meeting-25",
        number: 25,
        status: "scheduled",
        heldOn: { on: "2024", precision: "year", inferred: { reasoning: NEXT_YEAR_REASONING } },
        participants: [],
        reviews: [],
        citations: [
          {
            source: S003,
            quote:
              "events scheduled for the second half of next year, including the 25th Tripartite Environment Ministers Meeting (Korea-China-Japan)",
            field: "heldOn",
          },
          {
            source: S003,
            quote: "the 25th Tripartite Environment Ministers Meeting (Korea-China-Japan)",
            field: "number",
          },
        ],
      },
    ],
    citations: [
      { source: S003, quote: "the 25th Tripartite Environment Ministers Meeting (Korea-China-Japan)", field: "nameEn" },
      {
        source: S003,
        quote:
          "they discussed mutual cooperation measures for the successful hosting of events scheduled for the second half of next year, including the 25th Tripartite Environment Ministers Meeting (Korea-China-Japan)",
        field: "participants",
      },
    ],
  },
];
