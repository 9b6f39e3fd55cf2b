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
  "The Ministry of Environment's press release on the 7th director-general dialogue says “December 20” without a year; 2023 follows from the plans it cites (the 5th Fine Dust Seasonal Management Plan from December 1, 2023; the Second Cooperation Plan signed “in June of this year”).";

export const people: SeedPerson[] = [
  {
    slug: "kim-sungwhan",
    // 004 (primary) spells "Kim Sungwhan"; 002 (low-trust repost) "Kim Sung-hwan".
    nameEn: "Kim Sungwhan",
    nameKo: "김성환",
    nameZh: "金星焕",
    roles: [
      {
        key: "minister-mcee",
        ministry: "mcee",
        titleEn: "Minister of Climate, Energy and Environment",
        titleKo: "기후에너지환경부 장관",
        titleZh: "韩国气候能源环境部长官",
        asOf: { on: "2026-05-29", precision: "day" },
        translated: ["titleKo", "titleZh"],
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
            note: "Also minister at the January 2026 signing, by the account of the blog repost of a news story.",
          },
        ],
      },
    ],
    // No Chinese-language source found gives his name in Chinese.
    translated: ["nameZh"],
    citations: [
      { source: S004, quote: "MCEE, Minister Kim Sungwhan", field: "nameEn" },
      {
        source: "nm-newspim-mcee-launch",
        field: "nameKo",
        locator: "3rd paragraph",
        paraphrase: "Gives the minister's Korean name 김성환 at the ministry's launch (October 2025).",
      },
      {
        source: "nm-kbs-en-kim",
        field: "nameEn",
        locator: "1st paragraph",
        stance: "competing",
        claim: "Kim Sung-hwan",
        paraphrase: "KBS World spells him Kim Sung-hwan as the new environment minister (July 2025).",
        note: "Another romanisation of the same name; the spelling of the ministry's own press release of 29 May 2026 is kept.",
      },
      {
        source: S002,
        quote: "Seoul’s climate minister, Kim Sung-hwan",
        field: "nameEn",
        stance: "competing",
        claim: "Kim Sung-hwan",
        note: "Another romanisation of the same name, in a low-trust repost; the spelling of the ministry's own press release of 29 May 2026 is kept.",
      },
    ],
  },
  {
    slug: "han-wha-jin",
    nameEn: "Han Wha-jin",
    nameKo: "한화진",
    nameZh: "韩和真",
    roles: [
      {
        key: "minister-moe",
        ministry: "moe-korea",
        titleEn: "Minister of Environment",
        titleKo: "환경부 장관",
        titleZh: "韩国环境部长官",
        asOf: { on: "2023-12-20", precision: "day" },
        translated: ["titleKo", "titleZh"],
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
    citations: [
      { source: S003, quote: "the Ministry of Environment (Minister Han Wha-jin)", field: "nameEn" },
      {
        source: "nm-daum-yonhap-2nd-plan",
        field: "nameKo",
        locator: "3rd paragraph",
        paraphrase: "Gives the minister's Korean name 한화진 (June 2023).",
      },
      {
        source: "nm-dzwww-hanwhajin",
        field: "nameZh",
        locator: "1st paragraph",
        paraphrase: "A Shandong daily gives her Chinese name 韩和真 (September 2022).",
      },
    ],
  },
  {
    slug: "huang-runqiu",
    nameEn: "Huang Runqiu",
    nameKo: "황룬치우",
    nameZh: "黄润秋",
    roles: [
      {
        key: "minister-mee",
        ministry: "mee-china",
        titleEn: "Minister of Ecology and Environment",
        titleKo: "생태환경부 부장",
        titleZh: "生态环境部部长",
        asOf: { on: "2023-12-20", precision: "day" },
        translated: ["titleKo", "titleZh"],
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
      {
        source: "nm-ekn-mou-2026",
        field: "nameKo",
        locator: "2nd paragraph, with hanja 黄润秋",
        paraphrase: "Writes the minister's name 황룬치우, with the characters 黄润秋 (January 2026).",
        note: "Most Korean outlets write 황룬치우; Newsis writes 황룬추.",
      },
      {
        source: "nm-nmemc-huang",
        field: "nameZh",
        locator: "headline",
        paraphrase: "An MEE item names the minister 黄润秋 (2021).",
      },
    ],
  },
  {
    slug: "lee-young-seok",
    nameEn: "Lee Young-seok",
    nameKo: "이영석",
    nameZh: "Lee Young-seok",
    roles: [
      {
        key: "director-climate-international-bureau-moe",
        ministry: "moe-korea",
        titleEn: "Director of Climate Change and International Cooperation Bureau",
        titleKo: "기후변화국제협력국장",
        titleZh: "气候变化与国际合作局局长",
        asOf: { on: "2023-12-20", precision: "day" },
        translated: ["titleKo", "titleZh"],
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
    translated: ["nameKo", "nameZh"],
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
    nameKo: "저우궈메이",
    nameZh: "周国梅",
    roles: [
      {
        key: "ceo-sino-foreign-jv-corporation",
        ministry: "sino-foreign-jv-corporation-mee",
        titleEn: "CEO",
        titleKo: "최고경영자(CEO)",
        titleZh: "首席执行官",
        asOf: { on: "2023-12-20", precision: "day" },
        translated: ["titleKo", "titleZh"],
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
    translated: ["nameKo", "nameZh"],
    citations: [
      { source: S003, quote: "Zhou Guomei, CEO of the Sino-Foreign Joint Venture Corporation", field: "nameEn" },
    ],
  },
  {
    slug: "jeong-myeong-gyu",
    nameEn: "Jeong Myeong-gyu",
    nameKo: "정명규",
    nameZh: "Jeong Myeong-gyu",
    roles: [
      {
        key: "director-green-industry-overseas-expansion-task-force",
        ministry: "mcee",
        titleEn: "Director of the Green Industry Overseas Expansion Task Force",
        titleKo: "녹색산업 해외진출 전담팀장",
        titleZh: "绿色产业海外拓展工作组组长",
        asOf: { on: "2026-05-29", precision: "day" },
        translated: ["titleKo", "titleZh"],
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
    translated: ["nameKo", "nameZh"],
    citations: [
      {
        source: S004,
        quote: "Jeong Myeong-gyu, Director of the Green Industry Overseas Expansion Task Force at the MCEE, said",
        field: "nameEn",
      },
    ],
  },
];
