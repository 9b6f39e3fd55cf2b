import type { SeedPerson } from "../../../lib/schemas/seed";
import { S002, S003, S004 } from "./source-files";

/**
 * People the sources name, with the posts they give. No source gives a start or end
 * date for any post, so each role records `asOf`: a date on which a source shows
 * the person in it.
 *
 * 003 gives its meeting date as "December 20" without a year; the year 2023 follows
 * from the plan dates it cites (see the 7th meeting in dialogues.ts). Role dates have
 * no "inferred" column, so that reasoning is kept in the citation's note.
 */
const YEAR_2023_NOTE =
  "003 says “December 20” without a year; 2023 follows from the plans it cites (the 5th Fine Dust Seasonal Management Plan from December 1, 2023; the Second Cooperation Plan signed “in June of this year”).";

export const people: SeedPerson[] = [
  {
    slug: "kim-sungwhan",
    // 004 (primary) spells "Kim Sungwhan"; 002 (low-trust repost) "Kim Sung-hwan".
    nameEn: "Kim Sungwhan",
    roles: [
      {
        key: "minister-mcee",
        ministry: "mcee",
        titleEn: "Minister of Climate, Energy and Environment",
        asOf: { on: "2026-05-29", precision: "day" },
        citations: [
          {
            source: S004,
            quote: "The Ministry of Climate, Energy and Environment (MCEE, Minister Kim Sungwhan)",
            field: "asOf",
            note: "As of the press release of 29 May 2026.",
          },
          {
            source: S002,
            quote: "Seoul’s climate minister, Kim Sung-hwan, emphasized the importance of this meeting.",
            note: "Also minister at the January 2026 signing, by 002's account.",
          },
        ],
      },
    ],
    citations: [
      { source: S004, quote: "MCEE, Minister Kim Sungwhan", field: "nameEn" },
      {
        source: S002,
        quote: "Seoul’s climate minister, Kim Sung-hwan",
        field: "nameEn",
        stance: "competing",
        claim: "Kim Sung-hwan",
        note: "Another romanisation of the same name, in a low-trust repost; the spelling of the ministry's own press release (004) is kept.",
      },
    ],
  },
  {
    slug: "han-wha-jin",
    nameEn: "Han Wha-jin",
    roles: [
      {
        key: "minister-moe",
        ministry: "moe-korea",
        titleEn: "Minister of Environment",
        asOf: { on: "2023-12-20", precision: "day" },
        citations: [
          {
            source: S003,
            quote:
              "On December 20, the Ministry of Environment (Minister Han Wha-jin) held the '7th China-Korea Directors General Policy Dialogue on the Environment'",
            field: "asOf",
            note: YEAR_2023_NOTE,
          },
        ],
      },
    ],
    citations: [{ source: S003, quote: "the Ministry of Environment (Minister Han Wha-jin)", field: "nameEn" }],
  },
  {
    slug: "huang-runqiu",
    nameEn: "Huang Runqiu",
    roles: [
      {
        key: "minister-mee",
        ministry: "mee-china",
        titleEn: "Minister of Ecology and Environment",
        asOf: { on: "2023-12-20", precision: "day" },
        citations: [
          {
            source: S003,
            quote: "with the Chinese Ministry of Ecology and Environment (Minister Huang Runqiu) in Beijing",
            field: "asOf",
            note: `At the meeting of December 20. ${YEAR_2023_NOTE}`,
          },
        ],
      },
    ],
    citations: [
      {
        source: S003,
        quote: "the Chinese Ministry of Ecology and Environment (Minister Huang Runqiu)",
        field: "nameEn",
      },
    ],
  },
  {
    slug: "lee-young-seok",
    nameEn: "Lee Young-seok",
    roles: [
      {
        key: "director-climate-international-bureau-moe",
        ministry: "moe-korea",
        titleEn: "Director of Climate Change and International Cooperation Bureau",
        asOf: { on: "2023-12-20", precision: "day" },
        citations: [
          {
            source: S003,
            quote:
              "At this meeting, Lee Young-seok, Director of Climate Change and International Cooperation Bureau at the Ministry of Environment",
            field: "asOf",
            note: `At the meeting of December 20. ${YEAR_2023_NOTE}`,
          },
        ],
      },
    ],
    citations: [
      {
        source: S003,
        quote:
          "Lee Young-seok, Director of Climate Change and International Cooperation Bureau at the Ministry of Environment, stated",
        field: "nameEn",
      },
    ],
  },
  {
    slug: "zhou-guomei",
    nameEn: "Zhou Guomei",
    roles: [
      {
        key: "ceo-sino-foreign-jv-corporation",
        ministry: "sino-foreign-jv-corporation-mee",
        titleEn: "CEO",
        asOf: { on: "2023-12-20", precision: "day" },
        citations: [
          {
            source: S003,
            quote:
              "Zhou Guomei, CEO of the Sino-Foreign Joint Venture Corporation of the Ministry of Ecology and Environment, attended as chief representatives",
            field: "asOf",
            note: `At the meeting of December 20. ${YEAR_2023_NOTE}`,
          },
        ],
      },
    ],
    citations: [
      { source: S003, quote: "Zhou Guomei, CEO of the Sino-Foreign Joint Venture Corporation", field: "nameEn" },
    ],
  },
  {
    slug: "jeong-myeong-gyu",
    nameEn: "Jeong Myeong-gyu",
    roles: [
      {
        key: "director-green-industry-overseas-expansion-task-force",
        ministry: "mcee",
        titleEn: "Director of the Green Industry Overseas Expansion Task Force",
        asOf: { on: "2026-05-29", precision: "day" },
        citations: [
          {
            source: S004,
            quote: "Jeong Myeong-gyu, Director of the Green Industry Overseas Expansion Task Force at the MCEE",
            field: "asOf",
            note: "As of the press release of 29 May 2026.",
          },
        ],
      },
    ],
    citations: [
      {
        source: S004,
        quote: "Jeong Myeong-gyu, Director of the Green Industry Overseas Expansion Task Force at the MCEE, said",
        field: "nameEn",
      },
    ],
  },
];
