import type { SeedMinistry } from "../../../lib/schemas/seed";
import { S000, S001, S002, S003, S004 } from "./source-files";

/**
 * Ministries and other bodies, both sides. Names are the English names the sources
 * use; the sources give no Korean or Chinese names and no abbreviations except
 * "MCEE", so those are left out (unknown), not filled in from elsewhere.
 *
 * Japan: 003 names the "Tripartite Environment Ministers Meeting (Korea-China-Japan)"
 * but no Japanese ministry. Rather than invent a name for it, Japan's part is carried
 * by that dialogue's name, its format ("trilateral") and its summary (dialogues.ts);
 * no JP body is recorded.
 *
 * Slugs are identifiers, not abbreviations claimed by a source.
 */
export const ministries: SeedMinistry[] = [
  // ---------------------------------------------------------------- Korea
  {
    slug: "moe-korea",
    side: "KR",
    kind: "ministry",
    nameEn: "Ministry of Environment",
    summaryEn:
      "Korea's Ministry of Environment, as the December 2023 press release (003) names it; its minister then was Han Wha-jin. It was succeeded by the Ministry of Climate, Energy and Environment, launched in October 2025 (004). No source gives the date it ended.",
    citations: [
      { source: S003, quote: "the Ministry of Environment (Minister Han Wha-jin)", field: "nameEn" },
      {
        source: S003,
        quote:
          "Lee Young-seok, Director of Climate Change and International Cooperation Bureau at the Ministry of Environment",
      },
    ],
  },
  {
    slug: "mcee",
    side: "KR",
    kind: "ministry",
    nameEn: "Ministry of Climate, Energy and Environment",
    abbreviation: "MCEE",
    establishedOn: {
      on: "2025-10",
      precision: "month",
      inferred: {
        reasoning:
          "004, issued on 29 May 2026, dates the launch of the MCEE to “October last year”, that is October 2025.",
      },
    },
    // The sources do not say "successor" in so many words: the Clear Sky Plan's
    // programme that the Ministry of Environment ran (003) is run by the MCEE since
    // its launch (004), and the sources' README records the succession.
    predecessor: "moe-korea",
    summaryEn:
      "Korea's Ministry of Climate, Energy and Environment, launched in October 2025 (004) as the successor of the Ministry of Environment. It signed the January 2026 environmental cooperation MOU with China's Ministry of Ecology and Environment and runs the Clear Sky Plan's green-industry delegation programme.",
    citations: [
      {
        source: S004,
        quote: "The Ministry of Climate, Energy and Environment (MCEE, Minister Kim Sungwhan)",
        field: "nameEn",
      },
      {
        source: S004,
        quote: "The Ministry of Climate, Energy and Environment (MCEE, Minister Kim Sungwhan)",
        field: "abbreviation",
      },
      { source: S004, quote: "following the launch of the MCEE in October last year", field: "establishedOn" },
      {
        source: S004,
        quote:
          "following the launch of the MCEE in October last year, this year's program expands the scope of cooperation beyond traditional environmental sectors",
        field: "predecessor",
        note: "The Clear Sky Plan programme that the Ministry of Environment ran in 2023 (003) continues under the MCEE since its launch; the sources do not name the succession outright.",
      },
      { source: S000, quote: "South Korea’s Climate, Energy and Environment Ministry" },
      { source: S002, quote: "The South Korean Ministry of Climate, Energy, and Environment" },
    ],
  },
  {
    slug: "industry-ministry-korea",
    side: "KR",
    kind: "ministry",
    // The sources never give its full official name; this is the name 000 and 001 use.
    nameEn: "Industry Ministry",
    summaryEn:
      "Named only as “South Korea’s Industry Ministry” (000, 001) and “South Korea’s Ministry of Industry” (002); the sources do not give its full official name, so none is recorded. It signed the January 2026 MOU on industrial complexes with China's Ministry of Commerce.",
    citations: [
      {
        source: S000,
        quote: "South Korea’s Industry Ministry signed an MOU with China’s Ministry of Commerce",
        field: "nameEn",
      },
      {
        source: S001,
        quote: "South Korea’s Industry Ministry announced a new partnership with China’s Ministry of Commerce",
        field: "nameEn",
      },
      {
        source: S002,
        quote: "South Korea’s Ministry of Industry signed another MOU with China’s Ministry of Commerce",
        field: "nameEn",
        stance: "competing",
        claim: "Ministry of Industry",
        note: "The same ministry under another informal name, in a low-trust repost; the name used by 000 (secondary) and 001 is kept.",
      },
    ],
  },
  {
    slug: "msit",
    side: "KR",
    kind: "ministry",
    nameEn: "Ministry of Science and ICT",
    summaryEn:
      "Signed the January 2026 science and technology agreement with China's Ministry of Science and Technology and, by 000's account, the digital technology agreement with China's Ministry of Industry and Information Technology.",
    citations: [
      {
        source: S000,
        quote:
          "South Korea’s Ministry of Science and ICT signed an agreement with China’s Ministry of Science and Technology",
        field: "nameEn",
      },
      { source: S002, quote: "South Korea’s Ministry of Science and ICT forged an agreement with China" },
    ],
  },
  {
    slug: "keia",
    side: "KR",
    kind: "association",
    nameEn: "Korea Environmental Industry Association",
    summaryEn:
      "Took part, with 14 Korean green companies, in the MCEE's public-private delegation to Beijing and Tianjin in June 2026 (004).",
    citations: [
      {
        source: S004,
        quote: "with the participation of the Korea Environmental Industry Association and 14 Korean green companies",
        field: "nameEn",
      },
    ],
  },
  // ---------------------------------------------------------------- China
  {
    slug: "mee-china",
    side: "CN",
    kind: "ministry",
    nameEn: "Ministry of Ecology and Environment",
    summaryEn:
      "China's Ministry of Ecology and Environment: Korea's counterpart in the director-general policy dialogue (minister in December 2023: Huang Runqiu), signatory of the January 2026 environmental cooperation MOU, and sponsor of the CIEPEC exhibition.",
    citations: [
      { source: S000, quote: "China’s Ministry of Ecology and Environment", field: "nameEn" },
      { source: S003, quote: "the Chinese Ministry of Ecology and Environment (Minister Huang Runqiu)" },
      { source: S004, quote: "sponsored by the Chinese government (Ministry of Ecology and Environment)" },
    ],
  },
  {
    slug: "mofcom",
    side: "CN",
    kind: "ministry",
    nameEn: "Ministry of Commerce",
    summaryEn:
      "China's Ministry of Commerce: signed the January 2026 MOU on cooperation between industrial complexes with Korea's Industry Ministry.",
    citations: [
      { source: S000, quote: "China’s Ministry of Commerce", field: "nameEn" },
      { source: S001, quote: "a new partnership with China’s Ministry of Commerce" },
      { source: S002, quote: "signed another MOU with China’s Ministry of Commerce" },
    ],
  },
  {
    slug: "most-china",
    side: "CN",
    kind: "ministry",
    nameEn: "Ministry of Science and Technology",
    summaryEn:
      "China's Ministry of Science and Technology: signed the January 2026 science and technology agreement with Korea's Ministry of Science and ICT.",
    citations: [
      { source: S000, quote: "China’s Ministry of Science and Technology", field: "nameEn" },
      { source: S001, quote: "signed a deal with China’s Ministry of Science and Technology" },
    ],
  },
  {
    slug: "miit",
    side: "CN",
    kind: "ministry",
    nameEn: "Ministry of Industry and Information Technology",
    summaryEn:
      "China's Ministry of Industry and Information Technology: signed the January 2026 agreement on digital technologies.",
    citations: [{ source: S000, quote: "China’s Ministry of Industry and Information Technology", field: "nameEn" }],
  },
  {
    slug: "sino-foreign-jv-corporation-mee",
    side: "CN",
    // "Corporation" with a "CEO", as 003 puts it in English.
    kind: "company",
    nameEn: "Sino-Foreign Joint Venture Corporation of the Ministry of Ecology and Environment",
    summaryEn:
      "Named so in the English text of 003; its CEO, Zhou Guomei, was China's chief representative at the 7th Directors General Policy Dialogue (December 2023). The sources give no other name for it.",
    citations: [
      {
        source: S003,
        quote:
          "Zhou Guomei, CEO of the Sino-Foreign Joint Venture Corporation of the Ministry of Ecology and Environment",
        field: "nameEn",
      },
    ],
  },
  // ---------------------------------------------------------------- joint
  {
    slug: "korea-china-environmental-cooperation-center",
    // A joint body of the two countries; the sources do not say which side runs it,
    // so it is recorded as neither KR nor CN.
    side: "INTL",
    kind: "center",
    nameEn: "Korea–China Environmental Cooperation Center",
    summaryEn:
      "The main implementation body of the January 2026 environmental cooperation framework, according to 001 (sponsored, low trust); 002 (repost, low trust) says the joint initiatives will be coordinated through it. No primary source mentions it. The sources do not say which side runs it.",
    citations: [
      {
        source: S001,
        quote: "The Korea–China Environmental Cooperation Center will serve as the main implementation body.",
        field: "nameEn",
      },
      {
        source: S002,
        quote: "These initiatives will be coordinated through the Korea–China Environmental Cooperation Center",
      },
    ],
  },
];
