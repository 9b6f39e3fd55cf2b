import type { SeedSource } from "../../../lib/schemas/seed";

/**
 * The five source documents the product was first described from. The repository
 * keeps no copy of them: records cite them by file name and quote short passages.
 * Trust levels and notes follow the sources' README.
 */
export const sources: SeedSource[] = [
  {
    id: "000_9da6033c4844ace2",
    fileName: "000_9da6033c4844ace2.txt",
    // The stored text has no headline; this title describes it and is not quoted.
    title: "News brief on the Korea–China MOUs signed at the leaders' meeting (no headline in the stored text)",
    // "An APAC business-news site"; the text does not name it.
    publisher: null,
    kind: "news",
    trust: "secondary",
    trustNote:
      "Secondary (news): a news brief from an APAC business-news site on the MOUs signed at the leaders' meeting. Its date line reads “05 Monday 2025”, which cannot be right (no 5th of a month from October to December 2025 was a Monday). Ends in an advert.",
    publishedOn: null,
    publishedNote:
      "Undated. It gives the signing date as “05 Monday 2025”, which cannot be right; the signing is recorded as 5 January 2026 (inferred), so the brief was published on or after that day.",
  },
  {
    id: "001_3a4fe0115c18827c",
    fileName: "001_3a4fe0115c18827c.txt",
    title: "South Korea and China Deepen Cooperation on Climate, Industry, and Technology",
    // The closing notice names the site: "Kryptonary does not verify or endorse the claims…".
    publisher: "Kryptonary",
    kind: "sponsored",
    trust: "low",
    trustNote:
      "Low (sponsored): a longer article on the same MOUs on a crypto-news site, marked at its end as sponsored content that the site does not verify. Has the most detail (annual minister meetings, biennial director-general dialogues, the Korea–China Environmental Cooperation Center, Saemangeum and the Jiangsu / Shandong / Guangdong hubs), none of it confirmed by a primary source.",
    publishedOn: null,
    publishedNote:
      "Undated. It reports the MOUs signed at the leaders' meeting (5 January 2026, inferred), so it dates from on or after that day.",
  },
  {
    id: "002_8c09274a2ac46a9a",
    fileName: "002_8c09274a2ac46a9a.txt",
    title: "Strengthening Ties: South Korea and China Boost Collaboration in Climate Action, Industry, and Technology",
    // A blog repost signed "Admin" with a "Source link"; the original publisher is not named.
    publisher: null,
    kind: "repost",
    trust: "low",
    trustNote:
      "Low (repost): a blog repost (“Admin”, “Source link”) of a news story on the same MOUs. Adds the minister's quote and the 2026 Chinese investment delegation to Saemangeum.",
    publishedOn: null,
    publishedNote:
      "Undated. It reports the MOUs signed at the leaders' meeting (5 January 2026, inferred), so it dates from on or after that day.",
  },
  {
    id: "003_03d1d20f8815058e",
    fileName: "003_03d1d20f8815058e.txt",
    title: "Korea-China Strengthen Environmental Cooperation, Including Fine Dust Reduction",
    publisher: "Ministry of Environment (Korea)",
    kind: "government",
    trust: "primary",
    trustNote:
      "Primary (government): Korean Ministry of Environment press release on the 7th China–Korea Directors General Policy Dialogue on the Environment (Beijing, 20 December; the year is 2023 from the plan dates it cites). Lists the nine areas of the Clear Sky Plan.",
    publishedOn: {
      on: "2023-12",
      precision: "month",
      inferred: {
        reasoning:
          "The release is undated. It reports a meeting held “On December 20”, calls the Second Korea-China Environmental Cooperation Plan (2023-2027) signed “in June of this year”, and cites the 5th Fine Dust Seasonal Management Plan running from December 1, 2023: the meeting was on 20 December 2023 and the release is of December 2023.",
      },
    },
  },
  {
    id: "004_23e739b1b59501f4",
    fileName: "004_23e739b1b59501f4.txt",
    title:
      "Korea-China Green Industry Cooperation Expands Export Frontiers into Energy and Resource Circulation Sectors",
    publisher: "Ministry of Climate, Energy and Environment (Korea)",
    kind: "government",
    trust: "primary",
    trustNote:
      "Primary (government): Ministry of Climate, Energy and Environment press release, issued 29 May 2026 for 1 June 2026, on the green-industry delegation to Beijing and Tianjin, 2–5 June 2026 (CIEPEC 2026).",
    publishedOn: { on: "2026-05-29", precision: "day" },
    publishedNote:
      "Its header line “보도시점 2026. 6. 1.(월) 12:00 (화요일 조간) 배포 2026. 5. 29.(금)”: distributed Friday 29 May 2026, embargoed until Monday 1 June 2026, 12:00 KST (Asia/Seoul), for Tuesday's morning papers.",
  },
];
