import type { SeedEvent } from "../../../lib/schemas/seed";
import { LEADERS_MEETING_DATE, leadersMeetingDateCitations } from "./agreements";
import { S000, S002, S003, S004 } from "./source-files";

/**
 * Dated events that are not agreements, meetings of a dialogue or plans.
 *
 * Statuses are as of the source: 004 (29 May 2026) announces the June 2026
 * programme, so its events are "scheduled"; 002's Saemangeum delegation is only
 * "planned". Time zones only where the place is known.
 *
 * 004's events: the year 2026 comes from the release itself (its header line is
 * dated 2026 and the exhibition is "CIEPEC 2026"), so the dates are not inferred.
 * The pavilion, forum and Tianjin exchange fall within the delegation's 2–5 June;
 * 004 gives no day for each, so they carry the month.
 */

const HEADER_LINE = "보도시점 2026. 6. 1.(월) 12:00 (화요일 조간) 배포 2026. 5. 29.(금)";
const HEADER_NOTE = "The year: the release is dated 29 May 2026 and embargoed to 1 June 2026.";

export const events: SeedEvent[] = [
  {
    slug: "leaders-meeting-2026-01",
    kind: "summit",
    status: "held",
    titleEn: "Korea–China leaders' meeting and signing of the 2026 cooperation agreements",
    summaryEn:
      "The meeting of the two countries' leaders at which a series of agreements was signed: the environmental cooperation MOU (MCEE – Ministry of Ecology and Environment), the MOU on industrial complexes (Industry Ministry – Ministry of Commerce), and the science and technology (Ministry of Science and ICT – Ministry of Science and Technology) and digital technology (with the Ministry of Industry and Information Technology) agreements. 000 dates it “05 Monday 2025”, read as 5 January 2026. The sources do not say where it took place.",
    startOn: LEADERS_MEETING_DATE,
    participants: ["mcee", "mee-china", "industry-ministry-korea", "mofcom", "msit", "most-china", "miit"],
    citations: [
      {
        source: S000,
        quote:
          "South Korea and China agreed to widen cooperation across climate change, industry and technology after their leaders oversaw the signing of a series of agreements",
      },
      {
        source: S002,
        quote:
          "During a summit, the leaders from both countries signed several agreements aimed at tackling pressing environmental issues.",
        field: "kind",
      },
      {
        source: S000,
        quote:
          "South Korea’s Climate, Energy and Environment Ministry said it signed a new MOU with China’s Ministry of Ecology and Environment",
        field: "participants",
      },
      {
        source: S000,
        quote: "South Korea’s Industry Ministry signed an MOU with China’s Ministry of Commerce",
        field: "participants",
      },
      {
        source: S000,
        quote:
          "South Korea’s Ministry of Science and ICT signed an agreement with China’s Ministry of Science and Technology",
        field: "participants",
      },
      {
        source: S000,
        quote: "Another agreement with China’s Ministry of Industry and Information Technology",
        field: "participants",
      },
      ...leadersMeetingDateCitations("startOn"),
    ],
  },
  {
    slug: "mcee-launch-2025",
    kind: "launch",
    status: "held",
    titleEn: "Launch of Korea's Ministry of Climate, Energy and Environment",
    summaryEn:
      "Korea's Ministry of Climate, Energy and Environment (MCEE) was launched in October 2025, succeeding the Ministry of Environment; its first Clear Sky Plan delegation programme widened cooperation to the broader green industry, including energy and resource circulation (004).",
    startOn: {
      on: "2025-10",
      precision: "month",
      inferred: {
        reasoning:
          "004, issued on 29 May 2026, dates the launch of the MCEE to “October last year”, that is October 2025.",
      },
    },
    participants: ["mcee"],
    citations: [
      {
        source: S004,
        quote:
          "following the launch of the MCEE in October last year, this year's program expands the scope of cooperation beyond traditional environmental sectors such as water and air quality management",
        field: "startOn",
      },
    ],
  },
  {
    slug: "green-industry-delegation-2026",
    kind: "delegation",
    status: "scheduled",
    titleEn: "Korea–China green industry delegation to Beijing and Tianjin (eighth Clear Sky Plan programme)",
    summaryEn:
      "A public-private joint delegation of the MCEE, the Korea Environmental Industry Association and 14 Korean green companies, to support Korean green companies' entry into China's environmental, energy and resource sectors: a Korea Pavilion and one-on-one export consultations at CIEPEC 2026 in Beijing, a Korea–China Environmental Industry Cooperation Forum, and an exchange with Tianjin. The programme began as part of the Clear Sky Plan (2019); 2026 is its eighth edition, and the first since the MCEE's launch, widened to the broader green industry, including energy and resource circulation.",
    startOn: { on: "2026-06-02", precision: "day" },
    endOn: { on: "2026-06-05", precision: "day" },
    placeEn: "Beijing and Tianjin, China",
    timeZone: "Asia/Shanghai",
    sector: "environment-climate",
    agreement: "clear-sky-plan",
    participants: ["mcee", "keia"],
    citations: [
      {
        source: S004,
        quote:
          "it will operate a public-private joint delegation in Beijing and Tianjin from June 2 to 5, with the participation of the Korea Environmental Industry Association and 14 Korean green companies",
        field: "startOn",
      },
      {
        source: S004,
        quote:
          "it will operate a public-private joint delegation in Beijing and Tianjin from June 2 to 5, with the participation of the Korea Environmental Industry Association and 14 Korean green companies",
        field: "endOn",
      },
      { source: S004, quote: HEADER_LINE, field: "startOn", note: HEADER_NOTE },
      { source: S004, quote: HEADER_LINE, field: "endOn", note: HEADER_NOTE },
      {
        source: S004,
        quote:
          "The Ministry of Climate, Energy and Environment (MCEE, Minister Kim Sungwhan) announced that it will operate a public-private joint delegation in Beijing and Tianjin",
        field: "participants",
      },
      {
        source: S004,
        quote:
          "The delegation program began as part of the *Clear Sky Plan*^{*}, an initiative agreed upon by the Korean and Chinese governments in 2019, and this year marks its eighth edition as a regular exchange event.",
        field: "agreement",
      },
      {
        source: S004,
        quote:
          "Export exhibitions, forums, and government exchanges to be held in Beijing and Tianjin from June 2 to 5 to support Korean green companies' entry into China's environmental, energy, and resource sectors",
        field: "summaryEn",
      },
    ],
  },
  {
    slug: "korea-pavilion-ciepec-2026",
    kind: "exhibition",
    status: "scheduled",
    titleEn:
      "Korea Pavilion at CIEPEC 2026 (China International Environmental Protection Exhibition and Conference, 24th edition)",
    summaryEn:
      "The delegation's Korea Pavilion at CIEPEC 2026 in Beijing, China's largest environmental exhibition, with a 40-year history (sponsored by the Ministry of Ecology and Environment, held annually, 24th edition in 2026), with one-on-one export consultation meetings with Chinese buyers. The 14 Korean companies show green technologies in demand in China: hydrogen production and storage, resource recovery through waste battery recycling, hydrogen purification, and recycling of end-of-life solar panels and electric vehicle batteries.",
    startOn: { on: "2026-06", precision: "month" },
    placeEn: "Beijing, China",
    timeZone: "Asia/Shanghai",
    sector: "environment-climate",
    agreement: "clear-sky-plan",
    participants: ["mcee", "keia", "mee-china"],
    citations: [
      {
        source: S004,
        quote:
          "In Beijing, the delegation will operate a Korea Pavilion at the *China International Environmental Protection Exhibition and Conference (CIEPEC 2026)*^{*}, China's largest environmental exhibition with a 40-year history",
        field: "placeEn",
      },
      {
        source: S004,
        quote:
          "Export exhibitions, forums, and government exchanges to be held in Beijing and Tianjin from June 2 to 5",
        field: "startOn",
      },
      {
        source: S004,
        quote:
          "China's largest environmental trade exhibition, sponsored by the Chinese government (Ministry of Ecology and Environment) and held annually (the 24th edition this year).",
        field: "titleEn",
      },
      {
        source: S004,
        quote: "sponsored by the Chinese government (Ministry of Ecology and Environment)",
        field: "participants",
        note: "The Ministry of Ecology and Environment sponsors CIEPEC.",
      },
      {
        source: S004,
        quote:
          "host one-on-one export consultation meetings with Chinese buyers to support Korean companies in securing export contracts",
        field: "summaryEn",
      },
    ],
  },
  {
    slug: "environmental-industry-cooperation-forum-2026",
    kind: "forum",
    status: "scheduled",
    titleEn: "Korea–China Environmental Industry Cooperation Forum (2026)",
    summaryEn:
      "Hosted by the delegation as a platform for mutual exchange: discussions on both countries' environmental, energy and green industry support policies, and a showcase of Korean companies' technologies for Chinese stakeholders. 004 does not say in which of the two cities it is held.",
    startOn: { on: "2026-06", precision: "month" },
    placeEn: "China (Beijing or Tianjin; not stated)",
    timeZone: "Asia/Shanghai",
    sector: "environment-climate",
    agreement: "clear-sky-plan",
    participants: ["mcee", "keia"],
    citations: [
      {
        source: S004,
        quote:
          "In addition to export consultations, the delegation will host a Korea–China Environmental Industry Cooperation Forum to provide a platform for mutual exchange.",
        field: "titleEn",
      },
      {
        source: S004,
        quote:
          "The forum will feature discussions on environmental, energy, and green industry support policies in both countries, while also showcasing the advanced technologies of Korean companies to Chinese stakeholders.",
        field: "summaryEn",
      },
      {
        source: S004,
        quote:
          "Export exhibitions, forums, and government exchanges to be held in Beijing and Tianjin from June 2 to 5",
        field: "startOn",
      },
    ],
  },
  {
    slug: "tianjin-exchange-2026",
    kind: "other",
    status: "scheduled",
    titleEn: "Green industry exchange with Tianjin",
    summaryEn:
      "The delegation selected Tianjin, a hub for resource circulation and hydrogen-based green port development, as a partner city for exchange, to address global issues such as energy supply chains and resource security; it plans to discuss areas of cooperation, including demonstration projects in which Korean companies could take part.",
    startOn: { on: "2026-06", precision: "month" },
    placeEn: "Tianjin, China",
    timeZone: "Asia/Shanghai",
    sector: "environment-climate",
    agreement: "clear-sky-plan",
    participants: ["mcee"],
    citations: [
      {
        source: S004,
        quote:
          "the delegation has selected Tianjin, which is a hub for resource circulation and hydrogen-based green port development, as a partner city for exchange",
        field: "placeEn",
      },
      {
        source: S004,
        quote:
          "The delegation plans to discuss potential areas of cooperation, including demonstration projects in which Korean companies could participate.",
        field: "summaryEn",
      },
      {
        source: S004,
        quote:
          "Export exhibitions, forums, and government exchanges to be held in Beijing and Tianjin from June 2 to 5",
        field: "startOn",
      },
    ],
  },
  {
    slug: "saemangeum-investment-delegation-2026",
    kind: "delegation",
    status: "planned",
    titleEn: "Chinese investment delegation to Saemangeum",
    summaryEn:
      "China plans to send an investment delegation to South Korea's Saemangeum area in 2026, under the MOU on cooperation between industrial complexes (002, low trust). The sources give no month, and do not say which Chinese body sends it.",
    startOn: { on: "2026", precision: "year" },
    placeEn: "Saemangeum, South Korea",
    timeZone: "Asia/Seoul",
    sector: "industry-supply-chains",
    agreement: "industrial-complexes-mou-2026",
    participants: [],
    citations: [
      {
        source: S002,
        quote: "Notably, China plans to send an investment delegation to South Korea’s Saemangeum area in 2026.",
        field: "startOn",
      },
      {
        source: S002,
        quote: "Furthermore, South Korea’s Ministry of Industry signed another MOU with China’s Ministry of Commerce.",
        field: "agreement",
      },
    ],
  },
  {
    slug: "plastics-inc-5",
    kind: "conference",
    status: "scheduled",
    titleEn: "5th Intergovernmental Negotiating Committee on Plastics",
    summaryEn:
      "Scheduled, as of December 2023, for the second half of 2024, location to be determined. Korea's Ministry of Environment and China's Ministry of Ecology and Environment discussed cooperation for its successful hosting at their 7th director-general dialogue (003).",
    startOn: {
      on: "2024",
      precision: "year",
      inferred: {
        reasoning:
          "003, a release of December 2023 (its meeting was on 20 December 2023), schedules it for “the second half of next year”: the second half of 2024. The vocabulary has no half-year precision, so the year is recorded.",
      },
    },
    sector: "environment-climate",
    participants: [],
    citations: [
      {
        source: S003,
        quote:
          "events scheduled for the second half of next year, including the 25th Tripartite Environment Ministers Meeting (Korea-China-Japan) and the 5th Intergovernmental Negotiating Committee on Plastics (location to be determined)",
        field: "startOn",
      },
      {
        source: S003,
        quote: "the 5th Intergovernmental Negotiating Committee on Plastics (location to be determined)",
        field: "placeEn",
        note: "Location to be determined at the time; no place is recorded.",
      },
    ],
  },
];
