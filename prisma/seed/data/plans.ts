import type { SeedCitation, SeedPlan, SeedPlanItem } from "../../../lib/schemas/seed";
import { CLEAR_SKY_NAME_CITATIONS } from "./agreements";
import { S003, S004 } from "./source-files";

/**
 * Action plans and their items.
 *
 * - The Clear Sky Plan's nine areas are listed by 003 in a footnote to "the 2023
 *   Clear Sky Plan". They are recorded on the Clear Sky Plan itself, not on its 2023
 *   round, because 004 shows two of them (the forum and the export exhibition)
 *   still carried out under the plan in 2026. Titles are 003's words.
 * - Item statuses: "not_assessed" unless a source supports one. 004 (primary, 29 May
 *   2026) announces the forum (item 8) and the export exhibition (item 9) of the
 *   plan's eighth delegation programme, so those two are "in progress"; nothing
 *   else is supported. 003's assessment of the 2023 round gives no result per item.
 * - No record for the 2026 MOU's "regular action plans": only 001 (low trust) speaks
 *   of them, in the future tense, with no title, period, body or items (the MOU's
 *   summary mentions them).
 * - Implementing bodies are left unknown: no source names one for these plans.
 */

const NINE_AREAS_NOTE = "003 lists the nine areas in its footnote to “the 2023 Clear Sky Plan”.";

function area(number: number, titleEn: string, quote: string, extra: Partial<SeedPlanItem> = {}): SeedPlanItem {
  return {
    slug: `clear-sky-plan-area-${number}`,
    number,
    titleEn,
    statusUpdates: [],
    ...extra,
    citations: [{ source: S003, quote, field: "titleEn", note: NINE_AREAS_NOTE }, ...(extra.citations ?? [])],
  };
}

const EIGHTH_PROGRAMME: SeedCitation = {
  source: S004,
  quote:
    "The delegation program began as part of the *Clear Sky Plan*^{*}, an initiative agreed upon by the Korean and Chinese governments in 2019, and this year marks its eighth edition as a regular exchange event.",
};

export const plans: SeedPlan[] = [
  {
    slug: "clear-sky-plan",
    titleEn: "Clear Sky Plan",
    summaryEn:
      "Korea–China cooperation plan established in November 2019 to address air pollution (fine particulate matter) and climate change, implemented annually through policy and technology exchanges, joint research, technology commercialization initiatives and annual meetings, in nine areas. Its green-industry delegation programme, a regular exchange event since the plan began, held its eighth edition in June 2026. Called the “Blue Sky” plan in the news texts 000 and 001.",
    startOn: { on: "2019-11", precision: "month" },
    sector: "environment-climate",
    agreement: "clear-sky-plan",
    items: [
      area(
        1,
        "Exchange of air pollution prevention policies and technologies",
        "① Exchange of air pollution prevention policies and technologies",
      ),
      area(
        2,
        "Collaborative implementation of seasonal management measures",
        "② Collaborative implementation of seasonal management measures",
      ),
      area(
        3,
        "Exchange of policies and technologies for greenhouse gas management in the automotive pollution and transportation sectors",
        "③ Exchange of policies and technologies for greenhouse gas management in the automotive pollution and transportation sectors",
      ),
      area(
        4,
        "Exchange of policies for carbon neutrality and greenhouse gases",
        "④ Exchange of policies for carbon neutrality and greenhouse gases",
      ),
      area(5, "Hosting the Clear Sky Conference", "⑤ Hosting the Clear Sky Conference"),
      area(
        6,
        "Exchange of air quality forecast information and forecast technology",
        "⑥ Exchange of air quality forecast information and forecast technology",
      ),
      area(
        7,
        "Joint research on three-dimensional observation methods for air pollutants and greenhouse gases, observation of chemical characteristics of air pollutants, and numerical model research",
        "⑦ Joint research on three-dimensional observation methods for air pollutants and greenhouse gases, observation of chemical characteristics of air pollutants, and numerical model research",
      ),
      area(
        8,
        "Hosting an environmental industry cooperation forum",
        "⑧ Hosting an environmental industry cooperation forum",
        {
          statusUpdates: [
            {
              key: "mcee-release-2026-05-29",
              status: "in_progress",
              assessedOn: { on: "2026-05-29", precision: "day" },
              basis: "official",
              evidenceSource: S004,
              noteEn:
                "The MCEE's release of 29 May 2026 announces that the Clear Sky Plan's eighth delegation programme (Beijing and Tianjin, 2–5 June 2026) will host a Korea–China Environmental Industry Cooperation Forum.",
              citations: [
                {
                  source: S004,
                  quote:
                    "In addition to export consultations, the delegation will host a Korea–China Environmental Industry Cooperation Forum to provide a platform for mutual exchange.",
                  field: "status",
                },
                { ...EIGHTH_PROGRAMME, field: "status" },
                {
                  source: S004,
                  quote: "보도시점 2026. 6. 1.(월) 12:00 (화요일 조간) 배포 2026. 5. 29.(금)",
                  field: "assessedOn",
                  note: "The release was distributed (배포) on 29 May 2026.",
                },
              ],
            },
          ],
        },
      ),
      area(9, "Hosting an export exhibition", "⑨ Hosting an export exhibition", {
        statusUpdates: [
          {
            key: "mcee-release-2026-05-29",
            status: "in_progress",
            assessedOn: { on: "2026-05-29", precision: "day" },
            basis: "official",
            evidenceSource: S004,
            noteEn:
              "The MCEE's release of 29 May 2026 announces that the Clear Sky Plan's eighth delegation programme will hold export exhibitions in Beijing and Tianjin on 2–5 June 2026, including a Korea Pavilion at CIEPEC 2026.",
            citations: [
              {
                source: S004,
                quote:
                  "Export exhibitions, forums, and government exchanges to be held in Beijing and Tianjin from June 2 to 5",
                field: "status",
              },
              {
                source: S004,
                quote:
                  "the delegation will operate a Korea Pavilion at the *China International Environmental Protection Exhibition and Conference (CIEPEC 2026)*",
                field: "status",
              },
              { ...EIGHTH_PROGRAMME, field: "status" },
              {
                source: S004,
                quote: "보도시점 2026. 6. 1.(월) 12:00 (화요일 조간) 배포 2026. 5. 29.(금)",
                field: "assessedOn",
                note: "The release was distributed (배포) on 29 May 2026.",
              },
            ],
          },
        ],
      }),
    ],
    citations: [
      {
        source: S004,
        quote:
          "A cooperation plan established by Korea and China in November 2019 to address air pollution (fine particulate matter) and climate change.",
        field: "startOn",
      },
      {
        source: S004,
        quote:
          "The plan is implemented annually through policy and technology exchanges, joint research, technology commercialization initiatives, and annual meetings to advance agreed areas of cooperation.",
      },
      { ...EIGHTH_PROGRAMME, field: "summaryEn" },
      {
        source: S003,
        quote:
          "Both sides report that the Clear Sky Plan contributes to concretizing environmental cooperation between the two countries through policy and technology exchange, joint research, and technology industrialization.",
      },
      ...CLEAR_SKY_NAME_CITATIONS,
    ],
  },
  {
    slug: "clear-sky-plan-2023",
    titleEn: "2023 Clear Sky Plan",
    summaryEn:
      "The Clear Sky Plan's 2023 round, jointly signed by the two countries' Environment Ministries. The 7th Directors General Policy Dialogue (20 December 2023) assessed its implementation status; 003 reports no result per area beyond the two sides' view that the plan contributes to concretizing their cooperation.",
    startOn: {
      on: "2023",
      precision: "year",
      inferred: { reasoning: "The round is named “the 2023 Clear Sky Plan”; no source gives its start or end." },
    },
    endOn: {
      on: "2023",
      precision: "year",
      inferred: { reasoning: "The round is named “the 2023 Clear Sky Plan”; no source gives its start or end." },
    },
    sector: "environment-climate",
    agreement: "clear-sky-plan-2023",
    parent: "clear-sky-plan",
    items: [],
    citations: [
      {
        source: S003,
        quote:
          "they assessed the implementation status of the 2023 Clear Sky Plan* jointly signed by the Environment Ministries of both countries",
      },
      { source: S003, quote: "the 2023 Clear Sky Plan", field: "startOn" },
      { source: S003, quote: "the 2023 Clear Sky Plan", field: "endOn" },
      { source: S003, quote: "the 2023 Clear Sky Plan", field: "parent" },
    ],
  },
  {
    slug: "second-environmental-cooperation-plan-2023-2027",
    titleEn: "Second Korea-China Environmental Cooperation Plan (2023-2027)",
    summaryEn:
      "Five-year environmental cooperation plan for 2023–2027, signed by the two Environment Ministers in June 2023 and reviewed at the 7th Directors General Policy Dialogue (December 2023). The sources do not list its contents.",
    startOn: { on: "2023", precision: "year" },
    endOn: { on: "2027", precision: "year" },
    sector: "environment-climate",
    agreement: "second-environmental-cooperation-plan-2023-2027",
    items: [],
    citations: [
      { source: S003, quote: "'Second Korea-China Environmental Cooperation Plan (2023-2027),'", field: "startOn" },
      { source: S003, quote: "'Second Korea-China Environmental Cooperation Plan (2023-2027),'", field: "endOn" },
      {
        source: S003,
        quote: "They reviewed the contents of the 'Second Korea-China Environmental Cooperation Plan (2023-2027),'",
      },
    ],
  },
  {
    slug: "fine-dust-seasonal-management-plan-5",
    titleEn: "5th Fine Dust Seasonal Management Plan",
    summaryEn:
      "The fifth seasonal plan for fine dust, for 1 December 2023 to 31 March 2024. The 7th Directors General Policy Dialogue discussed fine dust reduction through it. 003 does not say which side adopted it.",
    startOn: { on: "2023-12-01", precision: "day" },
    endOn: { on: "2024-03-31", precision: "day" },
    sector: "environment-climate",
    items: [],
    citations: [
      {
        source: S003,
        quote: "'5th Fine Dust Seasonal Management Plan (December 1, 2023, to March 31, 2024)'",
        field: "startOn",
      },
      {
        source: S003,
        quote: "'5th Fine Dust Seasonal Management Plan (December 1, 2023, to March 31, 2024)'",
        field: "endOn",
      },
      {
        source: S003,
        quote: "focusing on fine dust reduction through the '5th Fine Dust Seasonal Management Plan",
      },
    ],
  },
];
