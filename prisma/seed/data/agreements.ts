import type { SeedAgreement, SeedCitation, SeedDate } from "../../../lib/schemas/seed";
import { S000, S001, S002, S003, S004 } from "./source-files";

/**
 * Agreements, MOUs and signed plans.
 *
 * Statuses: every one is "signed". No source says any of them entered into force,
 * expired or was superseded; the 2014 agreement was "updated" by the 2026 MOU,
 * which is recorded as the 2026 MOU's relation to it, not as a status.
 */

/** Why the four MOUs and agreements of the leaders' meeting are dated 5 January 2026. */
export const SIGNING_DATE_REASONING =
  "000 dates the signing “05 Monday 2025”, which cannot be right. The same text says the environmental MOU updates the 2014 agreement “for the first time in 12 years” (so 2026), and that the Korean signatory was the Ministry of Climate, Energy and Environment, which 004 says was launched in October 2025. No 5th of a month from October to December 2025 was a Monday; Monday 5 January 2026 was.";

/** The signing date of the agreements signed at the leaders' meeting. */
export const LEADERS_MEETING_DATE: SeedDate = {
  on: "2026-01-05",
  precision: "day",
  inferred: { reasoning: SIGNING_DATE_REASONING },
};

/** The citations every agreement of the leaders' meeting carries on its date. */
export function leadersMeetingDateCitations(field: string): SeedCitation[] {
  return [
    {
      source: S000,
      quote: "updating a 2014 environmental cooperation agreement for the first time in 12 years",
      field,
      note: "2014 + 12 years: the agreements were signed in 2026.",
    },
    {
      source: S004,
      quote: "following the launch of the MCEE in October last year",
      field,
      note: "The Korean environmental signatory, the MCEE, was launched in October 2025, so the signing was not before then.",
    },
    {
      source: S000,
      quote: "after their leaders oversaw the signing of a series of agreements on 05 Monday 2025",
      field,
      stance: "competing",
      claim: "05 Monday 2025",
      note: "Cannot be right: the MCEE that signed did not exist before October 2025, and no 5th of October, November or December 2025 was a Monday. Read as Monday 5 January 2026.",
    },
  ];
}

/** The plan's name: "Clear Sky" in the governments' releases, "Blue Sky" in the news texts. */
export const CLEAR_SKY_NAME_CITATIONS: SeedCitation[] = [
  { source: S004, quote: "The delegation program began as part of the *Clear Sky Plan*", field: "titleEn" },
  {
    source: S003,
    quote:
      "Both sides report that the Clear Sky Plan contributes to concretizing environmental cooperation between the two countries",
    field: "titleEn",
  },
  {
    source: S000,
    quote: "initiatives such as the “Blue Sky” plan",
    field: "titleEn",
    stance: "competing",
    claim: "Blue Sky",
    note: "The same Korea–China air-pollution plan under another English name, in news texts; the governments' own releases (003, 004) call it the Clear Sky Plan.",
  },
  {
    source: S001,
    quote: "initiatives like the “Blue Sky” plan to reduce cross-border air pollution",
    field: "titleEn",
    stance: "competing",
    claim: "Blue Sky",
    note: "As for 000: a low-trust text's name for the plan the governments call the Clear Sky Plan.",
  },
];

const SAME_MEETING =
  "000 reports it with the other agreements whose signing the two leaders oversaw on one day (“a series of agreements”), so it carries the same date.";

export const agreements: SeedAgreement[] = [
  // ---------------------------------------------------------------- environment lineage 1993 → 2014 → 2026
  {
    slug: "environmental-cooperation-agreement-1993",
    kind: "agreement",
    status: "signed",
    titleEn: "Korea–China environmental cooperation agreement (1993)",
    summaryEn:
      "The 1993 environmental cooperation agreement through which, with initiatives such as the Clear Sky (“Blue Sky”) Plan, South Korea and China have worked on environmental issues since the early 1990s (000). The sources give no signatories, date within the year or text.",
    signedOn: { on: "1993", precision: "year" },
    signatories: [],
    topics: [],
    citations: [
      {
        source: S000,
        quote:
          "South Korea and China have worked on environmental issues since the early 1990s - via a 1993 environmental cooperation agreement",
      },
      { source: S000, quote: "via a 1993 environmental cooperation agreement", field: "signedOn" },
    ],
  },
  {
    slug: "environmental-cooperation-agreement-2014",
    kind: "agreement",
    status: "signed",
    titleEn: "Korea–China environmental cooperation agreement (2014)",
    summaryEn:
      "The 2014 environmental cooperation agreement, centred on air quality (fine dust and yellow sand). In January 2026 it was updated, for the first time in 12 years, by the MOU between Korea's Ministry of Climate, Energy and Environment and China's Ministry of Ecology and Environment. The sources give no signatories or date within the year.",
    signedOn: { on: "2014", precision: "year" },
    // No source says that the 2014 agreement revised or replaced the 1993 one; it is
    // the next agreement in the same line, hence "follows".
    previous: "environmental-cooperation-agreement-1993",
    relation: "follows",
    signatories: [],
    topics: ["fine-dust", "yellow-dust", "air-pollution"],
    citations: [
      {
        source: S000,
        quote: "updating a 2014 environmental cooperation agreement for the first time in 12 years",
        field: "signedOn",
      },
      { source: S001, quote: "revising a pact first signed in 2014", field: "signedOn" },
      {
        source: S002,
        quote: "This MOU revises a 2014 environmental cooperation agreement for the first time in 12 years.",
      },
      {
        source: S000,
        quote:
          "The updated framework expands collaboration beyond air-quality issues such as fine dust and yellow sand",
        field: "topics",
      },
      {
        source: S001,
        quote: "the framework now extends beyond fine dust and yellow sand",
        field: "topics",
      },
      {
        source: S000,
        quote:
          "South Korea and China have worked on environmental issues since the early 1990s - via a 1993 environmental cooperation agreement",
        field: "previous",
        note: "Both the 1993 and the 2014 agreements are environmental cooperation agreements between the two countries; no source says how the 2014 one stands to the 1993 one, so it is recorded only as following it.",
      },
    ],
  },
  {
    slug: "environmental-cooperation-mou-2026",
    kind: "mou",
    status: "signed",
    titleEn: "Korea–China environmental cooperation MOU (2026)",
    summaryEn:
      "MOU between Korea's Ministry of Climate, Energy and Environment and China's Ministry of Ecology and Environment, signed at the leaders' meeting, updating the 2014 environmental cooperation agreement for the first time in 12 years. It widens cooperation beyond air quality (fine dust, yellow sand) to climate change response, circular economy policies, biodiversity conservation and carbon markets, with joint research on pollutants affecting both air quality and climate, climate impact assessments, and noise and light pollution. By the low-trust accounts of 001 and 002, it sets annual meetings of the environment ministers and director-general policy dialogues every other year, with the Korea–China Environmental Cooperation Center as the main implementation body and regular action plans setting priority areas, medium-term goals and concrete projects.",
    signedOn: LEADERS_MEETING_DATE,
    previous: "environmental-cooperation-agreement-2014",
    relation: "updates",
    signatories: ["mcee", "mee-china"],
    topics: [
      "fine-dust",
      "yellow-dust",
      "air-pollution",
      "climate-change",
      "circular-economy",
      "biodiversity",
      "carbon-markets",
      "climate-impact-assessment",
      "noise-light-pollution",
    ],
    citations: [
      {
        source: S000,
        quote:
          "South Korea’s Climate, Energy and Environment Ministry said it signed a new MOU with China’s Ministry of Ecology and Environment",
        field: "signatories",
      },
      {
        source: S002,
        quote:
          "The South Korean Ministry of Climate, Energy, and Environment announced a new memorandum of understanding (MOU) with China’s Ministry of Ecology and Environment.",
      },
      ...leadersMeetingDateCitations("signedOn"),
      {
        source: S000,
        quote: "updating a 2014 environmental cooperation agreement for the first time in 12 years",
        field: "relation",
      },
      {
        source: S002,
        quote: "This MOU revises a 2014 environmental cooperation agreement for the first time in 12 years.",
        field: "previous",
      },
      {
        source: S000,
        quote:
          "The updated framework expands collaboration beyond air-quality issues such as fine dust and yellow sand to include climate change response, circular economy policies, biodiversity conservation and carbon markets.",
        field: "topics",
      },
      {
        source: S001,
        quote: "Joint research on pollutants that affect both air quality and climate change will also be carried out.",
        field: "topics",
      },
      {
        source: S001,
        quote:
          "Officials said the two sides will conduct climate impact assessments and cooperate on responses to emerging environmental issues, including noise and light pollution.",
        field: "topics",
      },
      {
        source: S001,
        quote:
          "To ensure continuity, South Korea and China agreed to hold annual meetings between environment ministers.",
        field: "summaryEn",
      },
      {
        source: S001,
        quote: "The Korea–China Environmental Cooperation Center will serve as the main implementation body.",
        field: "summaryEn",
      },
      {
        source: S001,
        quote: "Regular action plans will outline priority areas, medium-term goals, and concrete projects.",
        field: "summaryEn",
      },
    ],
  },
  // ---------------------------------------------------------------- the other agreements of the leaders' meeting
  {
    slug: "industrial-complexes-mou-2026",
    kind: "mou",
    status: "signed",
    titleEn: "Korea–China MOU on cooperation between industrial complexes (2026)",
    summaryEn:
      "MOU between Korea's Industry Ministry and China's Ministry of Commerce, signed at the leaders' meeting, to strengthen cooperation between industrial complexes, focusing on investment and supply chain stability. By 001's (low-trust) account it promotes cooperation between Korea's Saemangeum region and Chinese industrial hubs in Jiangsu, Shandong and Guangdong provinces, in green energy, advanced components and bio-pharmaceuticals; 002 adds that China plans to send an investment delegation to Saemangeum in 2026.",
    signedOn: { ...LEADERS_MEETING_DATE, inferred: { reasoning: `${SIGNING_DATE_REASONING} ${SAME_MEETING}` } },
    signatories: ["industry-ministry-korea", "mofcom"],
    topics: [
      "industrial-complexes",
      "investment",
      "supply-chain-stability",
      "green-energy",
      "advanced-components",
      "bio-pharmaceuticals",
    ],
    citations: [
      {
        source: S000,
        quote:
          "South Korea’s Industry Ministry signed an MOU with China’s Ministry of Commerce aimed at strengthening cooperation between industrial complexes, focusing on investment and supply chain stability.",
        field: "signatories",
      },
      {
        source: S002,
        quote:
          "This agreement aims to strengthen collaboration on industrial complexes, focusing on investment and supply chain stability.",
        field: "topics",
      },
      {
        source: S001,
        quote:
          "Under the agreement, cooperation will be promoted between South Korea’s Saemangeum region and Chinese industrial hubs in Jiangsu, Shandong, and Guangdong provinces.",
        field: "summaryEn",
      },
      {
        source: S001,
        quote: "Targeted sectors include green energy, advanced components, and bio-pharmaceuticals.",
        field: "topics",
      },
      ...leadersMeetingDateCitations("signedOn"),
    ],
  },
  {
    slug: "science-technology-agreement-2026",
    kind: "agreement",
    status: "signed",
    titleEn: "Korea–China science and technology cooperation agreement (2026)",
    summaryEn:
      "Agreement between Korea's Ministry of Science and ICT and China's Ministry of Science and Technology, signed at the leaders' meeting, to cooperate on global challenges, including climate change and sustainable development.",
    signedOn: { ...LEADERS_MEETING_DATE, inferred: { reasoning: `${SIGNING_DATE_REASONING} ${SAME_MEETING}` } },
    signatories: ["msit", "most-china"],
    topics: ["global-challenges", "climate-change", "sustainable-development"],
    citations: [
      {
        source: S000,
        quote:
          "South Korea’s Ministry of Science and ICT signed an agreement with China’s Ministry of Science and Technology to cooperate on global challenges, including climate change and sustainable development.",
        field: "signatories",
      },
      {
        source: S001,
        quote:
          "South Korea’s Ministry of Science and ICT signed a deal with China’s Ministry of Science and Technology to collaborate on global challenges such as climate change and sustainable development.",
        field: "topics",
      },
      ...leadersMeetingDateCitations("signedOn"),
    ],
  },
  {
    slug: "digital-technology-agreement-2026",
    kind: "agreement",
    status: "signed",
    titleEn: "Korea–China digital technology cooperation agreement (2026)",
    summaryEn:
      "Agreement with China's Ministry of Industry and Information Technology, signed at the leaders' meeting, expanding collaboration on digital technologies, including digital inclusion, with an ICT strategy dialogue scheduled in Beijing in 2026. The Korean signatory is the Ministry of Science and ICT by the context of 000 (“Another agreement”, after the Ministry of Science and ICT's first); no source names it outright.",
    signedOn: { ...LEADERS_MEETING_DATE, inferred: { reasoning: `${SIGNING_DATE_REASONING} ${SAME_MEETING}` } },
    signatories: ["msit", "miit"],
    topics: ["digital-technologies", "digital-inclusion"],
    citations: [
      {
        source: S000,
        quote:
          "Another agreement with China’s Ministry of Industry and Information Technology expands collaboration on digital technologies, including digital inclusion, with an ICT strategy dialogue scheduled in Beijing in 2026.",
        field: "topics",
      },
      {
        source: S000,
        quote:
          "South Korea’s Ministry of Science and ICT signed an agreement with China’s Ministry of Science and Technology to cooperate on global challenges, including climate change and sustainable development. Another agreement with China’s Ministry of Industry and Information Technology",
        field: "signatories",
        note: "The Korean signatory is read from context: “Another agreement” follows the Ministry of Science and ICT's agreement in the same paragraph.",
      },
      {
        source: S001,
        quote: "A separate agreement focuses on digital technologies and digital inclusion.",
      },
      ...leadersMeetingDateCitations("signedOn"),
    ],
  },
  // ---------------------------------------------------------------- signed plans
  {
    slug: "clear-sky-plan",
    kind: "plan",
    // "Agreed" (004); no source says more about its legal standing.
    status: "signed",
    titleEn: "Clear Sky Plan",
    summaryEn:
      "A cooperation plan established by Korea and China in November 2019 to address air pollution (fine particulate matter) and climate change, implemented annually through policy and technology exchanges, joint research, technology commercialization initiatives and annual meetings (004). The news texts 000 and 001 call it the “Blue Sky” plan; the two governments' own releases (003, 004) call it the Clear Sky Plan, which is kept.",
    signedOn: { on: "2019-11", precision: "month" },
    signatories: [],
    topics: [
      "air-pollution",
      "fine-dust",
      "climate-change",
      "carbon-neutrality",
      "air-quality-forecasting",
      "green-industry",
    ],
    citations: [
      {
        source: S004,
        quote:
          "A cooperation plan established by Korea and China in November 2019 to address air pollution (fine particulate matter) and climate change.",
        field: "signedOn",
      },
      {
        source: S004,
        quote: "an initiative agreed upon by the Korean and Chinese governments in 2019",
        field: "status",
        note: "“Agreed upon” by the two governments; recorded as signed. No source names the signatories.",
      },
      ...CLEAR_SKY_NAME_CITATIONS,
      {
        source: S004,
        quote:
          "The plan is implemented annually through policy and technology exchanges, joint research, technology commercialization initiatives, and annual meetings to advance agreed areas of cooperation.",
        field: "summaryEn",
      },
      {
        source: S003,
        quote: "for collaborative efforts in addressing air pollution and climate change",
        field: "topics",
      },
    ],
  },
  {
    slug: "clear-sky-plan-2023",
    kind: "plan",
    status: "signed",
    titleEn: "2023 Clear Sky Plan",
    summaryEn:
      "The 2023 yearly round of the Clear Sky Plan, jointly signed by the two countries' Environment Ministries; its implementation status was assessed at the 7th Directors General Policy Dialogue (December 2023). The sources give no signing date.",
    signatories: ["moe-korea", "mee-china"],
    topics: ["air-pollution", "fine-dust", "climate-change"],
    citations: [
      {
        source: S003,
        quote:
          "the 2023 Clear Sky Plan* jointly signed by the Environment Ministries of both countries for collaborative efforts in addressing air pollution and climate change",
        field: "signatories",
      },
    ],
  },
  {
    slug: "second-environmental-cooperation-plan-2023-2027",
    kind: "plan",
    status: "signed",
    titleEn: "Second Korea-China Environmental Cooperation Plan (2023-2027)",
    summaryEn:
      "Signed by the two countries' Environment Ministers in June 2023; its contents were reviewed at the 7th Directors General Policy Dialogue (December 2023). The sources do not list its contents.",
    signedOn: {
      on: "2023-06",
      precision: "month",
      inferred: {
        reasoning:
          "003 says it was signed “in June of this year”; the release is of December 2023 (its meeting of December 20 discusses a seasonal plan running from December 1, 2023), so the year is 2023.",
      },
    },
    signatories: ["moe-korea", "mee-china"],
    topics: [],
    citations: [
      {
        source: S003,
        quote:
          "They reviewed the contents of the 'Second Korea-China Environmental Cooperation Plan (2023-2027),' which was signed by the Environment Ministers of both countries in June of this year.",
        field: "signedOn",
      },
      {
        source: S003,
        quote: "which was signed by the Environment Ministers of both countries in June of this year",
        field: "signatories",
        note: "In 2023 Korea's Environment Minister headed the Ministry of Environment (003).",
      },
    ],
  },
];
