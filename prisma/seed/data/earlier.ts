import type {
  SeedAgreement,
  SeedCitation,
  SeedDate,
  SeedDialogue,
  SeedEvent,
  SeedMeeting,
  SeedMinistry,
} from "../../../lib/schemas/seed";

/**
 * Agreements, dialogues, events and bodies from the research on Korea–China
 * cooperation before November 2025 (research file earlier.json). Web sources are in
 * web-sources-earlier.ts ("er-" ids).
 *
 * - Records that already exist elsewhere are referenced by slug, not repeated: the
 *   1993 and 2014 environmental agreements, the Clear Sky Plan (2019) and its 2023
 *   round, the second environmental cooperation plan (agreements.ts, plans.ts), and the
 *   environment ministers' meeting, the director-general dialogue and TEMM (dialogues.ts).
 * - Two research records that are not single agreements (the eight documents of the
 *   June 2013 summit, the outcomes of the May 2024 Yoon–Li talks) are events here.
 * - Korean and Chinese titles are official (cited from a source in that language)
 *   only where the research shows one; otherwise they are the tracker's translation,
 *   listed in `translated`. Chinese titles shown only in traditional script are
 *   converted to simplified and marked translated.
 * - A date read from a publication date, a weekday or "next month" carries `inferred`.
 */

type CitationOptions = Pick<SeedCitation, "field" | "stance" | "claim" | "note">;

/** Sources another file already holds (same address): cited by that file's id. */
const SHARED_SOURCES: Record<string, string> = {
  "archives-fish": "nm-ea-archives-fish",
  "bok-swap-2020": "nm-ea-bok-swap-2020",
  "cncmrn-jc-2011": "nm-ea-cncmrn-jc-2011",
  "cnstock-swap-2011": "nm-ea-cnstock-swap-2011",
  "hk-swap-2008": "nm-ea-hk-swap-2008",
  "ikld-2019-11": "nm-ea-ikld-2019-11",
  "mfa-2008-05": "nm-ea-mfa-2008-05",
  "mofa-jc23-2019": "nm-mofa-en-23rd-jc",
  "mofcom-kr-fish": "nm-ea-mofcom-kr-fish",
  "newswire-mofa-jc21": "nm-ea-newswire-mofa-jc21",
  "nocut-2019-11": "nm-ea-nocut-2019-11",
  "segye-hotline-2014": "nm-ea-segye-hotline-2014",
  "voa-hotline-2015": "nm-ea-voa-hotline-2015",
};

/** A web citation of an "er-" source: where the fact sits and what it says, in our words. */
function w(source: string, locator: string, paraphrase: string, options: CitationOptions = {}): SeedCitation {
  return { source: SHARED_SOURCES[source] ?? `er-${source}`, locator, paraphrase, ...options };
}

function date(on: string, precision: SeedDate["precision"], reasoning?: string): SeedDate {
  return reasoning === undefined ? { on, precision } : { on, precision, inferred: { reasoning } };
}
const day = (on: string, reasoning?: string) => date(on, "day", reasoning);
const month = (on: string, reasoning?: string) => date(on, "month", reasoning);
const year = (on: string, reasoning?: string) => date(on, "year", reasoning);

/** Titles and summaries in Korean and Chinese that are the tracker's translation. */
const TRANSLATED = ["titleKo", "titleZh", "summaryKo", "summaryZh"];
const TRANSLATED_BUT_KO = ["titleZh", "summaryKo", "summaryZh"];
const TRANSLATED_BUT_ZH = ["titleKo", "summaryKo", "summaryZh"];
const TRANSLATED_SUMMARIES = ["summaryKo", "summaryZh"];

const PLACES = {
  beijing: ["Beijing", "베이징", "北京"],
  seoul: ["Seoul", "서울", "首尔"],
  xiamen: ["Xiamen, Fujian", "푸젠성 샤먼", "福建厦门"],
  lotteSeoul: ["Lotte Hotel, Seoul", "서울 롯데호텔", "首尔乐天酒店"],
  video: ["Videoconference", "화상회의", "视频会议"],
  sanFrancisco: ["San Francisco", "샌프란시스코", "旧金山"],
  yancheng: ["Yancheng", "옌청", "盐城"],
  coexSeoul: ["InterContinental COEX, Seoul", "서울 인터컨티넨탈 코엑스", "首尔COEX洲际酒店"],
  marriottSeoul: ["JW Marriott, Seoul", "서울 JW 메리어트 호텔", "首尔JW万豪酒店"],
  gyeongju: ["Gyeongju", "경주", "庆州"],
} as const;

function place(key: keyof typeof PLACES) {
  const [placeEn, placeKo, placeZh] = PLACES[key];
  return { placeEn, placeKo, placeZh };
}

type MeetingInput = Omit<SeedMeeting, "participants" | "reviews" | "status"> & Partial<Pick<SeedMeeting, "status">>;

/** A meeting held, with no participants or reviews recorded; its place names are translated. */
function meeting(m: MeetingInput): SeedMeeting {
  const translated = [...(m.placeEn === undefined ? [] : ["placeKo", "placeZh"]), ...(m.translated ?? [])];
  const { translated: _ignored, ...rest } = m;
  return {
    status: "held",
    participants: [],
    reviews: [],
    ...rest,
    ...(translated.length > 0 ? { translated } : {}),
  };
}

// ---------------------------------------------------------------- bodies

export const earlierBodies: SeedMinistry[] = [
  {
    slug: "kotra",
    side: "KR",
    kind: "agency",
    nameEn: "Korea Trade Promotion Corporation (KOTRA)",
    nameKo: "대한무역진흥공사",
    nameZh: "大韩贸易振兴公社",
    abbreviation: "KOTRA",
    summaryEn:
      "Korea's state trade promotion agency; its Beijing representative signed the May 1992 investment guarantee agreement with the China Chamber of International Commerce, before diplomatic ties existed.",
    summaryKo: "한국의 국영 무역진흥기관. 수교 전인 1992년 5월 베이징 대표가 중국국제상회와 투자보장협정을 체결했다.",
    summaryZh: "韩国国营贸易振兴机构；其驻北京代表于两国建交前的1992年5月与中国国际商会签署投资保护协定。",
    translated: ["nameKo", "nameZh", "summaryKo", "summaryZh"],
    citations: [
      w(
        "hk-1992-invest",
        "1st paragraph",
        "Names KOTRA's Beijing representative as the Korean signatory of the investment guarantee agreement.",
        {
          field: "nameEn",
        },
      ),
    ],
  },
  {
    slug: "ccoic",
    side: "CN",
    kind: "organisation",
    nameEn: "China Chamber of International Commerce",
    nameKo: "중국국제상회",
    nameZh: "中国国际商会",
    abbreviation: "CCOIC",
    summaryEn:
      "China's chamber of international commerce; its chairman signed the May 1992 investment guarantee agreement with KOTRA in Beijing.",
    summaryKo: "중국의 국제상회. 1992년 5월 베이징에서 회장이 대한무역진흥공사와 투자보장협정을 체결했다.",
    summaryZh: "中国的国际商会组织；1992年5月其会长在北京与大韩贸易振兴公社签署投资保护协定。",
    translated: ["nameKo", "nameZh", "summaryKo", "summaryZh"],
    citations: [
      w(
        "hk-1992-invest",
        "1st paragraph",
        "Names the chairman of the China Chamber of International Commerce (spelt with typos in Korean) as the Chinese signatory, in Beijing.",
        {
          field: "nameEn",
        },
      ),
      w(
        "fymate-bit-1992",
        "Article 15 of the treaty text",
        "Refers to the investment agreement of 2 May 1992 between the China Chamber of International Commerce and KOTRA.",
      ),
    ],
  },
  {
    slug: "mep-china",
    side: "CN",
    kind: "ministry",
    nameEn: "Ministry of Environmental Protection",
    nameKo: "환경보호부",
    nameZh: "环境保护部",
    summaryEn:
      "China's environment ministry before the Ministry of Ecology and Environment: Korea's counterpart for the 2015 air-quality data-sharing agreement and the environmental cooperation plan signed in December 2017. By June 2018 Korean reports name the Ministry of Ecology and Environment instead.",
    summaryKo:
      "생태환경부 이전의 중국 환경 부처. 2015년 대기질 자료 공유 협정과 2017년 12월 서명된 환경협력계획에서 한국의 상대 기관이었다. 2018년 6월부터 한국 보도는 생태환경부로 표기한다.",
    summaryZh:
      "生态环境部之前的中国环境部门：2015年空气质量数据共享协议和2017年12月签署的环境合作规划中韩方的对口部门。自2018年6月起，韩方报道改称生态环境部。",
    translated: ["nameKo", "summaryKo", "summaryZh"],
    citations: [
      w(
        "hontu-env-2015",
        "2nd paragraph, agreement title in 《》",
        "Gives the ministry's Chinese name in the title of the 2015 data-sharing agreement.",
        {
          field: "nameZh",
        },
      ),
      w(
        "hontu-env-2015",
        "2nd paragraph",
        "In 2015 Korea's counterpart was the Ministry of Environmental Protection, led by Chen Jining.",
        {
          field: "nameEn",
        },
      ),
      w(
        "etoday-2018-06",
        "2nd body paragraph",
        "By June 2018 the Korean report names the Ministry of Ecology and Environment.",
        {
          field: "summaryEn",
        },
      ),
    ],
  },
  {
    slug: "mohrss-china",
    side: "CN",
    kind: "ministry",
    nameEn: "Ministry of Human Resources and Social Security",
    nameKo: "인력자원사회보장부",
    nameZh: "人力资源和社会保障部",
    summaryEn:
      "China's labour and social security ministry; its minister Yin Weimin signed the 2012 social insurance agreement.",
    summaryKo: "중국의 노동·사회보장 부처. 인웨이민 부장이 2012년 사회보험협정에 서명했다.",
    summaryZh: "中国主管劳动和社会保障的部门；部长尹蔚民签署了2012年社会保险协定。",
    translated: ["nameKo", "nameZh", "summaryKo", "summaryZh"],
    citations: [
      w(
        "korcham-socsec-2012",
        "point 1 of the reposted release",
        "Names Minister of Human Resources and Social Security Yin Weimin as China's signatory.",
        {
          field: "nameEn",
        },
      ),
    ],
  },
  {
    slug: "nea-china",
    side: "CN",
    kind: "agency",
    nameEn: "National Energy Administration",
    nameKo: "국가에너지국",
    nameZh: "国家能源局",
    abbreviation: "NEA",
    summaryEn: "China's energy administration; its head Nur Bekri signed the December 2017 energy cooperation MOU.",
    summaryKo: "중국의 에너지 관리 기관. 누얼 바이커리 국장이 2017년 12월 에너지 협력 양해각서에 서명했다.",
    summaryZh: "中国的能源主管机构；局长努尔·白克力签署了2017年12月的能源合作谅解备忘录。",
    translated: ["nameKo", "nameZh", "summaryKo", "summaryZh"],
    citations: [
      w("mediapen-2017", "4th paragraph", "Names NEA head Nur Bekri as the Chinese signatory of the energy MOU.", {
        field: "nameEn",
      }),
    ],
  },
  {
    slug: "nhfpc-china",
    side: "CN",
    kind: "agency",
    nameEn: "National Health and Family Planning Commission",
    nameKo: "국가위생계획생육위원회",
    nameZh: "国家卫生和计划生育委员会",
    abbreviation: "NHFPC",
    summaryEn:
      "China's health authority in 2017; its director Li Bin signed the renewed health and medical cooperation MOU.",
    summaryKo: "2017년 당시 중국의 보건 당국. 리빈 주임이 개정된 보건의료 협력 양해각서에 서명했다.",
    summaryZh: "2017年时中国的卫生主管部门；主任李斌签署了更新后的卫生医疗合作谅解备忘录。",
    translated: ["nameKo", "nameZh", "summaryKo", "summaryZh"],
    citations: [
      w("mediapen-2017", "5th paragraph", "Names NHFPC head Li Bin as the Chinese signatory of the health MOU.", {
        field: "nameEn",
      }),
    ],
  },
  {
    slug: "moa-china",
    side: "CN",
    kind: "ministry",
    nameEn: "Ministry of Agriculture (China)",
    nameKo: "중국 농업부",
    nameZh: "农业部",
    summaryEn:
      "China's agriculture ministry in 2017; its minister signed the animal health and quarantine MOU of December 2017.",
    summaryKo: "2017년 당시 중국의 농업 부처. 부장이 2017년 12월 동물 건강·검역 협력 양해각서에 서명했다.",
    summaryZh: "2017年时中国的农业部门；其部长签署了2017年12月的动物卫生与检疫合作谅解备忘录。",
    translated: ["nameKo", "nameZh", "summaryKo", "summaryZh"],
    citations: [
      w(
        "mediapen-2017",
        "6th paragraph",
        "Names China's agriculture minister, without his name, as the signatory of the quarantine MOU.",
        {
          field: "nameEn",
        },
      ),
    ],
  },
  {
    slug: "pyeongchang-2018-organizing-committee",
    side: "KR",
    kind: "organisation",
    nameEn: "PyeongChang 2018 Winter Olympics Organizing Committee",
    nameKo: "2018 평창 동계올림픽 조직위원회",
    nameZh: "2018年平昌冬奥会组委会",
    abbreviation: "POCOG",
    summaryEn:
      "Organizer of the 2018 Winter Games; its president Lee Hee-beom signed the December 2017 exchange MOU with Beijing's committee.",
    summaryKo:
      "2018년 동계올림픽 조직위원회. 이희범 위원장이 2017년 12월 베이징 조직위원회와 교류 양해각서에 서명했다.",
    summaryZh: "2018年冬奥会组委会；主席李熙范于2017年12月与北京冬奥组委签署交流谅解备忘录。",
    translated: ["nameKo", "nameZh", "summaryKo", "summaryZh"],
    citations: [
      w(
        "mediapen-2017",
        "last paragraph",
        "Names POCOG president Lee Hee-beom as a signatory of the organizing committees' MOU.",
        {
          field: "nameEn",
        },
      ),
    ],
  },
  {
    slug: "beijing-2022-organizing-committee",
    side: "CN",
    kind: "organisation",
    nameEn: "Beijing 2022 Winter Olympics Organizing Committee",
    nameKo: "2022 베이징 동계올림픽 조직위원회",
    nameZh: "北京2022年冬奥会组委会",
    abbreviation: "BOCOG",
    summaryEn:
      "Organizer of the 2022 Winter Games; its president Cai Qi signed the December 2017 exchange MOU with PyeongChang's committee.",
    summaryKo: "2022년 동계올림픽 조직위원회. 차이치 위원장이 2017년 12월 평창 조직위원회와 교류 양해각서에 서명했다.",
    summaryZh: "2022年冬奥会组委会；主席蔡奇于2017年12月与平昌冬奥组委签署交流谅解备忘录。",
    translated: ["nameKo", "nameZh", "summaryKo", "summaryZh"],
    citations: [
      w(
        "mediapen-2017",
        "last paragraph",
        "Names BOCOG president Cai Qi as a signatory of the organizing committees' MOU.",
        {
          field: "nameEn",
        },
      ),
    ],
  },
];

// ---------------------------------------------------------------- agreements

/** The leaders' meetings of December 2017 at which the seven MOUs were signed. */
const MOON_VISIT_2017_DATE = day(
  "2017-12-14",
  "The Hankyoreh's photo caption of 14 December 2017 dates the MOU signing ceremony in the Great Hall's west hall, watched by both presidents, to the 14th; Mediapen lists this MOU among the seven signed at that summit.",
);
const moonVisit2017DateCitations = (listing: string): SeedCitation[] => [
  w(
    "hani-2017",
    "photo caption at top",
    "Dates the MOU signing ceremony watched by both presidents to the 14th (December 2017).",
    {
      field: "signedOn",
    },
  ),
  w("mediapen-2017", listing, "Lists this MOU among the seven signed at the December 2017 summit.", {
    field: "signedOn",
  }),
];

const LI_VISIT_2011_DATE = day(
  "2011-10-26",
  "The Dong-A Ilbo of 27 October 2011 lists it among four MOUs or arrangements signed during Vice Premier Li Keqiang's visit, in its report of the talks held on 26 October; read as signed that day.",
);

const HU_VISIT_2008_DATE = day(
  "2008-08-25",
  "The China News Service dispatch reporting it is dated 25 August 2008, and the PRC foreign ministry dates Hu Jintao's state visit to 25–26 August 2008, so it was signed on 25 August.",
);

const XI_VISIT_2014_MONTH = month(
  "2014-07",
  "Shanghaibang reports it among the agreements of Xi Jinping's state visit to Seoul, which the KOTRA archive dates to 3–4 July 2014.",
);

export const earlierAgreements: SeedAgreement[] = [
  {
    slug: "economic-cooperation-joint-plan-2021-2025",
    kind: "plan",
    status: "signed",
    titleEn: "Korea–China Economic Cooperation Joint Plan (2021–2025)",
    titleKo: "한·중 경제협력 공동계획(2021-2025)",
    titleZh: "中韩经贸合作联合规划（2021—2025年）",
    summaryEn:
      "A joint report on the direction of economic cooperation for 2021–2025, adopted on 30 November 2021 at the 25th Korea–China Economic Joint Committee, held by video (per the Hankyoreh). It followed the economic and trade development joint plan for 2016–2020 (per Newspim); the 2026–2030 plan signed in Gyeongju succeeds it. The reporting found does not name its signatories.",
    summaryKo:
      "2021~2025년 경제협력 방향에 관한 공동 보고서로, 2021년 11월 30일 화상으로 열린 제25차 한중 경제공동위원회에서 채택되었다(한겨레 보도). 2016~2020년 경제무역 발전 공동계획의 뒤를 이었으며(뉴스핌), 경주에서 서명된 2026~2030년 계획이 이를 잇는다. 확인된 보도는 서명 주체를 밝히지 않는다.",
    summaryZh:
      "关于2021—2025年经济合作方向的联合报告，于2021年11月30日以视频方式举行的第25次中韩经济联委会上通过（据《韩民族日报》）。它接续2016—2020年经贸发展联合规划（据Newspim），并由在庆州签署的2026—2030年规划接续。所见报道未说明签署方。",
    signedOn: { on: "2021-11-30", precision: "day" },
    signatories: [],
    topics: ["economic-cooperation-plan"],
    translated: ["titleZh", "summaryKo", "summaryZh"],
    citations: [
      {
        source: "er-hani-plan-2021",
        field: "signedOn",
        locator: "1st and 2nd paragraphs",
        paraphrase:
          "Reports that the two countries adopted the joint plan report on the 30th at the 25th Economic Joint Committee, held by video.",
      },
      {
        source: "er-newspim-plan-2021",
        field: "titleKo",
        locator: "3rd paragraph",
        paraphrase: "Gives the plan's Korean name, 한·중 경제협력 공동계획(2021-2025).",
      },
      {
        source: "er-newspim-plan-2021",
        locator: "4th paragraph",
        paraphrase:
          "Says the 2021–2025 plan followed the 2016–2020 economic and trade development joint plan, its drafting agreed in June 2019.",
      },
    ],
  },
  // ---------------------------------------------------------------- 1992: normalisation
  {
    slug: "diplomatic-relations-joint-communique-1992",
    kind: "joint_statement",
    status: "signed",
    titleEn:
      "Joint Communiqué on the Establishment of Diplomatic Relations between the Republic of Korea and the People's Republic of China",
    titleKo: "대한민국 정부와 중화인민공화국 간의 외교관계 수립에 관한 공동성명",
    titleZh: "中华人民共和国和大韩民国关于建立外交关系的联合公报",
    summaryEn:
      "The joint communiqué by which the Republic of Korea and the People's Republic of China established diplomatic relations at ambassador level on 24 August 1992, signed in Beijing by foreign ministers Lee Sang-ock and Qian Qichen. Seoul recognised the People's Republic as the sole legal government of China; per a New York Times report (archived copy), it provided for an exchange of ambassadors and required Seoul to end its official ties with Taipei.",
    summaryKo:
      "1992년 8월 24일 대한민국과 중화인민공화국이 대사급 외교관계를 수립한 공동성명으로, 베이징에서 이상옥 외무부 장관과 첸치천 외교부장이 서명했다. 한국은 중화인민공화국을 중국의 유일한 합법 정부로 승인했으며, 뉴욕타임스 보도(보관본)에 따르면 대사 교환을 규정하고 한국이 타이베이와의 공식 관계를 끊도록 했다.",
    summaryZh:
      "1992年8月24日大韩民国与中华人民共和国建立大使级外交关系的联合公报，由韩国外务部长官李相玉与中国外交部长钱其琛在北京签署。韩方承认中华人民共和国为中国唯一合法政府；据《纽约时报》报道（存档副本），公报规定互派大使，并要求韩方断绝与台北的官方关系。",
    signedOn: day("1992-08-24"),
    signatories: ["mofa-korea", "mofa-china"],
    topics: ["diplomatic-relations"],
    translated: TRANSLATED_BUT_KO,
    aliases: ["中韩建交联合公报"],
    citations: [
      w("kh-1992-normalization", "opening paragraphs", "Dates the normalisation of relations to 24 August 1992.", {
        field: "signedOn",
      }),
      w(
        "zgkjsz-1992",
        "first line",
        "Says Qian Qichen and Lee Sang-ock signed the communiqué in Beijing on 24 August 1992.",
        {
          field: "signedOn",
        },
      ),
      w(
        "kh-1992-normalization",
        "2nd body paragraph",
        "Says the two foreign ministers signed it and that it recognised the PRC as China's sole legal government.",
        { field: "signatories" },
      ),
      w("zgkjsz-1992", "first line", "Names Qian Qichen and Lee Sang-ock as the signatories.", {
        field: "signatories",
      }),
      w(
        "newri-chosun-1992",
        "2nd paragraph, title in 「」 brackets",
        "Gives the Korean title of the six-point joint statement, as printed in the reposted Chosun Ilbo page of 1992, and says Lee Sang-ock and Qian Qichen signed it at the Diaoyutai guesthouse.",
        { field: "titleKo" },
      ),
      w(
        "nyt-1992-archive",
        "2nd-3rd paragraphs",
        "Reports that the statement provided for an exchange of ambassadors and required Seoul to cut its ties with Taipei.",
        { field: "summaryEn" },
      ),
      w(
        "zgkjsz-1992",
        "first sentence",
        "Gives the short Chinese name of the communiqué; the full official Chinese title is not shown.",
        {
          field: "aliases",
        },
      ),
    ],
  },
  {
    slug: "trade-agreement-1992",
    kind: "agreement",
    status: "in_force",
    titleEn: "Korea–China trade agreement (1992)",
    titleKo: "한·중 무역협정(1992)",
    titleZh: "中韩贸易协定（1992年）",
    summaryEn:
      "Trade agreement giving each side most-favoured-nation treatment and abolishing discriminatory tariffs, which formally took effect on 1 February 1992, months before diplomatic relations were established (per the Korea Economic Daily). The sources found give neither its signing date nor its signatories.",
    summaryKo:
      "양측이 서로 최혜국 대우를 부여하고 차별 관세를 폐지하는 무역협정으로, 수교 몇 달 전인 1992년 2월 1일 정식 발효했다(한국경제신문). 찾은 자료에는 서명 날짜와 서명 주체가 나오지 않는다.",
    summaryZh:
      "双方相互给予最惠国待遇并取消歧视性关税的贸易协定，于1992年2月1日即两国建交前数月正式生效（据《韩国经济新闻》）。所找到的资料未给出其签署日期和签署方。",
    effectiveOn: day("1992-02-01"),
    signatories: [],
    topics: [],
    translated: TRANSLATED,
    citations: [
      w(
        "hk-1992-trade",
        "last two paragraphs",
        "Reports that a trade agreement giving most-favoured-nation treatment and abolishing discriminatory tariffs formally took effect on 1 February 1992.",
        { field: "effectiveOn" },
      ),
      w(
        "hk-1992-trade",
        "last two paragraphs",
        "Describes the agreement's content: MFN treatment and an end to discriminatory tariffs.",
        {
          field: "summaryEn",
        },
      ),
    ],
  },
  {
    slug: "investment-guarantee-agreement-kotra-ccpit-1992",
    kind: "arrangement",
    status: "signed",
    titleEn: "Investment guarantee agreement between KOTRA and the China Chamber of International Commerce (1992)",
    titleKo: "대한무역진흥공사–중국국제상회 투자보장협정(1992)",
    titleZh: "大韩贸易振兴公社与中国国际商会投资保护协定（1992年）",
    summaryEn:
      "Investment guarantee agreement signed in Beijing on 2 May 1992 by KOTRA's Beijing representative and the chairman of the China Chamber of International Commerce, giving investments legal protection before the two states had diplomatic ties. It was framed as an agreement between non-governmental bodies, to take effect once each government approved it (per the Korea Economic Daily); the intergovernmental investment agreement of September 1992 says it replaces it.",
    summaryKo:
      "1992년 5월 2일 베이징에서 대한무역진흥공사(KOTRA) 베이징 대표와 중국국제상회 회장이 서명한 투자보장협정으로, 양국 수교 전에 투자를 법적으로 보호하기 위한 것이었다. 민간기구 간 협정 형식으로 각국 정부의 승인을 거쳐 발효하도록 했으며(한국경제신문), 1992년 9월의 정부 간 투자협정은 이 협정을 대체한다고 규정한다.",
    summaryZh:
      "1992年5月2日由大韩贸易振兴公社（KOTRA）驻北京代表与中国国际商会会长在北京签署的投资保护协定，旨在两国建交前为投资提供法律保护。该协定以民间机构间协定的形式订立，经各自政府批准后生效（据《韩国经济新闻》）；1992年9月的政府间投资协定规定将其取代。",
    signedOn: day("1992-05-02"),
    signatories: ["kotra", "ccoic"],
    topics: ["investment-protection"],
    translated: TRANSLATED,
    citations: [
      w("hk-1992-invest", "1st paragraph", "Reports the signing on 2 May in Beijing.", { field: "signedOn" }),
      w(
        "hk-1992-invest",
        "1st paragraph",
        "Names KOTRA's Beijing representative and the chairman of the China Chamber of International Commerce as the signatories.",
        {
          field: "signatories",
        },
      ),
      w(
        "hk-1992-invest",
        "2nd-3rd paragraphs",
        "Says it was structured as an agreement between non-governmental bodies, taking effect after each government's approval.",
        { field: "summaryEn" },
      ),
      w(
        "fymate-bit-1992",
        "Article 15 of the later treaty text",
        "The intergovernmental investment treaty says it replaces the 2 May 1992 agreement between the China Chamber of International Commerce and KOTRA when it enters into force.",
        { field: "summaryEn" },
      ),
    ],
  },
  {
    slug: "investment-promotion-protection-agreement-1992",
    kind: "agreement",
    status: "signed",
    titleEn:
      "Agreement between the Government of the People's Republic of China and the Government of the Republic of Korea on the Encouragement and Reciprocal Protection of Investments",
    titleKo: "대한민국 정부와 중화인민공화국 정부 간의 투자의 장려 및 상호 보호에 관한 협정",
    titleZh: "中华人民共和国政府和大韩民国政府关于鼓励和相互保护投资协定",
    summaryEn:
      "Intergovernmental investment protection treaty signed in Beijing on 30 September 1992 (by Lee Sang-ock for Korea and Li Lanqing for China, per its signature block), with a joint committee that reviews its implementation and meets in Beijing and Seoul in turn. It replaces the KOTRA–CCPIT investment agreement of May 1992 on entering into force. Its text is reported only by an unattributed legal-text website (low trust).",
    summaryKo:
      "1992년 9월 30일 베이징에서 서명된 정부 간 투자보호협정으로(서명란에 따르면 한국 측 이상옥, 중국 측 리란칭), 이행을 점검하는 공동위원회가 베이징과 서울에서 번갈아 회의를 연다. 발효 시 1992년 5월의 대한무역진흥공사–중국국제무역촉진위원회 투자협정을 대체한다. 협정문은 출처가 밝혀지지 않은 법령 사이트(신뢰도 낮음)에서만 확인된다.",
    summaryZh:
      "1992年9月30日在北京签署的政府间投资保护协定（据签字栏，韩方为李相玉，中方为李岚清），设有审议协定执行情况的联合委员会，轮流在北京和首尔开会。协定生效时取代1992年5月大韩贸易振兴公社与中国国际贸易促进委员会签署的投资协定。协定文本仅见于一个来源不明的法律文本网站（可信度低）。",
    signedOn: day("1992-09-30"),
    previous: "investment-guarantee-agreement-kotra-ccpit-1992",
    relation: "supersedes",
    signatories: ["government-korea", "government-china"],
    topics: ["investment-protection"],
    translated: TRANSLATED_BUT_ZH,
    citations: [
      w(
        "fymate-bit-1992",
        "protocol paragraph naming the agreement",
        "Gives the agreement's Chinese title (low-trust site).",
        { field: "titleZh" },
      ),
      w(
        "fymate-bit-1992",
        "closing clause of the text",
        "States it was signed in Beijing on 30 September 1992 in Chinese, Korean and English, the English text prevailing.",
        { field: "signedOn" },
      ),
      w(
        "fymate-bit-1992",
        "signature block",
        "Lists Li Lanqing for China and Lee Sang-ock for Korea, signing for the two governments.",
        {
          field: "signatories",
        },
      ),
      w(
        "fymate-bit-1992",
        "clauses just before Article 15",
        "A joint committee reviews implementation and meets in Beijing and Seoul in turn.",
        {
          field: "summaryEn",
        },
      ),
      w(
        "fymate-bit-1992",
        "Article 15",
        "Says the treaty replaces the 2 May 1992 investment agreement between the China Chamber of International Commerce and KOTRA on its entry into force.",
        { field: "previous" },
      ),
    ],
  },
  // ---------------------------------------------------------------- 1998–2005: partnerships, justice, fisheries
  {
    slug: "joint-statement-21st-century-cooperative-partnership-1998",
    kind: "joint_statement",
    status: "signed",
    titleEn: "Korea–China joint statement on a cooperative partnership for the 21st century (1998)",
    titleKo: "한·중 공동성명(21세기 협력동반자관계, 1998)",
    titleZh: "中韩联合声明（面向21世纪的合作伙伴关系，1998年）",
    summaryEn:
      "Twelve-point joint statement signed by President Kim Dae-jung and President Jiang Zemin at their summit in Beijing on 12 November 1998 and released on the 13th, during Kim's state visit of 11–15 November 1998, raising relations to a cooperative partnership for the 21st century. It covered cooperation on the Asian financial crisis and the trade balance, and raised the head of the two countries' economic, trade and technology joint committee to vice-minister level (per the Korea Economic Daily's summary).",
    summaryKo:
      "김대중 대통령의 국빈 방중(1998년 11월 11~15일) 중 1998년 11월 12일 베이징 정상회담에서 김대중 대통령과 장쩌민 주석이 서명하고 13일 발표한 12개항 공동성명으로, 양국 관계를 21세기 협력동반자관계로 격상했다. 아시아 금융위기와 무역수지 문제에 대한 협력을 담고, 한·중 경제무역기술협력 공동위원회 수석대표를 차관급으로 격상했다(한국경제신문 요지).",
    summaryZh:
      "金大中总统1998年11月11日至15日对中国进行国事访问期间，与江泽民主席于1998年11月12日在北京会谈时签署、13日发表的十二点联合声明，将两国关系提升为面向21世纪的合作伙伴关系。声明涉及应对亚洲金融危机和贸易平衡方面的合作，并将中韩经济贸易技术合作联合委员会的首席代表升格为副部长级（据《韩国经济新闻》的要点）。",
    signedOn: day("1998-11-12"),
    signatories: ["government-korea", "government-china"],
    topics: ["diplomatic-relations"],
    translated: TRANSLATED,
    citations: [
      w(
        "koreakr-1998",
        "2nd paragraph",
        "The government newspaper says the 12-point joint statement was announced on the 13th, after the summit.",
        {
          field: "summaryEn",
        },
      ),
      w(
        "archives-1998",
        "content section, summit paragraph",
        "Puts the summit in the Great Hall on 12 November and says a 12-point statement was signed.",
        {
          field: "signedOn",
          note: "The government newspaper of 16 November 1998 gives the 13th as the day the statement was announced, not signed.",
        },
      ),
      w(
        "hk-1998-js",
        "points 1, 3 and 8 of the summary",
        "Visit of 11–15 November 1998; a 21st-century cooperative partnership; the joint economic committee's head raised to vice-minister.",
        { field: "summaryEn" },
      ),
    ],
  },
  {
    slug: "mutual-legal-assistance-criminal-treaty",
    kind: "agreement",
    status: "in_force",
    titleEn: "Korea–China treaty on mutual legal assistance in criminal matters",
    titleKo: "한·중 형사사법공조조약",
    titleZh: "中韩刑事司法协助条约",
    summaryEn:
      "Treaty on cooperation in criminal cases: locating persons, search and seizure, transfer of detainees and sharing of records. A foreign ministry official said in October 1998 that it would be signed during President Kim Dae-jung's state visit to China in November 1998, and a report of October 2000 says it entered into force in March (2000). The sources found do not confirm its signing date.",
    summaryKo:
      "사람의 소재 파악, 압수·수색, 피구금자 이송, 기록 공유 등 형사사건 협력에 관한 조약. 1998년 10월 외교통상부 당국자는 1998년 11월 김대중 대통령의 국빈 방중 때 서명될 것이라고 밝혔고, 2000년 10월 보도는 이 조약이 (2000년) 3월 발효했다고 전한다. 찾은 자료로는 서명 날짜를 확인할 수 없다.",
    summaryZh:
      "关于刑事案件合作的条约，涵盖查找人员、搜查扣押、移交被羁押人员和共享记录等。韩国外交通商部官员1998年10月表示，条约将在金大中总统1998年11月对华国事访问期间签署；2000年10月的报道称该条约已于（2000年）3月生效。所找到的资料无法确认其签署日期。",
    effectiveOn: month(
      "2000-03",
      "The Korea Economic Daily of 16 October 2000 notes that the criminal mutual legal assistance treaty entered into force “in March”, read as March of that year, 2000.",
    ),
    signatories: [],
    topics: ["legal-assistance"],
    translated: TRANSLATED,
    citations: [
      w(
        "seoul-mla-1998",
        "1st-3rd paragraphs",
        "A foreign ministry official said the treaty would be signed during the November state visit; lists its main areas of cooperation.",
        { field: "summaryEn" },
      ),
      w(
        "sedaily-mla-1998",
        "1st and 5th paragraphs",
        "Reports the same plan, together with a multiple-entry visa agreement for diplomats and business people.",
        { field: "summaryEn" },
      ),
      w(
        "hk-extradition-2000",
        "2nd paragraph",
        "An official noted that the criminal legal assistance treaty had entered into force in March.",
        {
          field: "effectiveOn",
        },
      ),
    ],
  },
  {
    slug: "fisheries-agreement-2000",
    kind: "agreement",
    status: "in_force",
    titleEn:
      "Agreement on Fisheries between the Government of the Republic of Korea and the Government of the People's Republic of China",
    titleKo: "대한민국 정부와 중화인민공화국 정부 간의 어업에 관한 협정",
    titleZh: "中华人民共和国政府和大韩民国政府渔业协定",
    summaryEn:
      "Interim fisheries regime pending the delimitation of the two exclusive economic zones: it sets a provisional measures zone and transitional zones, licenses each side's vessels in the other's waters and establishes a Korea–China fisheries joint committee (Article 13). Negotiated from December 1993, initialled in November 1998 and signed on 3 August 2000, it entered into force on 30 June 2001 on an exchange of notes (per the National Archives of Korea).",
    summaryKo:
      "배타적경제수역 경계 획정 전까지의 잠정 어업 체제로, 잠정조치수역과 과도수역을 두고 상대국 수역에서 조업하는 어선에 허가를 내주며 한·중 어업공동위원회를 설치한다(제13조). 1993년 12월 협상을 시작해 1998년 11월 가서명하고 2000년 8월 3일 정식 서명했으며, 2001년 6월 30일 각서 교환으로 발효했다(국가기록원).",
    summaryZh:
      "在两国专属经济区划界前的临时渔业制度：设立暂定措施水域和过渡水域，为在对方水域作业的渔船发放许可，并设立中韩渔业联合委员会（第十三条）。该协定于1993年12月开始谈判，1998年11月草签，2000年8月3日正式签署，2001年6月30日经换文生效（据韩国国家记录院）。",
    signedOn: day("2000-08-03"),
    effectiveOn: day("2001-06-30"),
    signatories: ["government-korea", "government-china"],
    topics: ["fisheries", "maritime-boundary"],
    translated: TRANSLATED_SUMMARIES,
    citations: [
      w(
        "archives-fish",
        "'근거' line at top of subject description",
        "Cites the treaty's Korean title, treaty no. 1567.",
        {
          field: "titleKo",
        },
      ),
      w("mofcom-kr-fish", "page heading of the bilateral agreements entry", "Gives the agreement's Chinese title.", {
        field: "titleZh",
      }),
      w(
        "archives-fish",
        "content section",
        "Talks began in December 1993; initialled in November 1998 after 19 rounds; formally signed on 3 August 2000; notes exchanged on 30 June 2001.",
        { field: "signedOn" },
      ),
      w("archives-fish", "'근거' line at top of subject description", "Gives the entry into force as 30 June 2001.", {
        field: "effectiveOn",
      }),
      w(
        "leesiwoo-fish",
        "points 1-4 of the reposted release",
        "The agreement took effect on the exchange of notes on 30 June 2001; sets provisional and transitional zones and cuts Chinese boats in Korea's EEZ to 2,796.",
        { field: "effectiveOn" },
      ),
      w(
        "mofcom-kr-fish",
        "Article 3 paragraph 2",
        "Refers to the China–Korea fisheries joint committee established under Article 13.",
        {
          field: "summaryEn",
        },
      ),
      w(
        "archives-fish",
        "'근거' line at top of subject description",
        "The treaty is between the two governments, as its title says.",
        {
          field: "signatories",
        },
      ),
    ],
  },
  {
    slug: "extradition-treaty-2000",
    kind: "agreement",
    status: "in_force",
    titleEn: "Korea–China extradition treaty",
    titleKo: "대한민국과 중화인민공화국 간의 범죄인 인도조약",
    titleZh: "中华人民共和国和大韩民国引渡条约",
    summaryEn:
      "Treaty on the surrender of fugitives between the two countries, to be signed in Seoul on 18 October 2000 by foreign ministers Lee Joung-binn and Tang Jiaxuan. Instruments of ratification were exchanged in Beijing in March 2002 and the treaty entered into force in April 2002; the Korea Economic Daily gives the 12th and the Seoul Economic Daily the 11th as the day.",
    summaryKo:
      "범죄인 인도에 관한 양국 간 조약으로, 2000년 10월 18일 서울에서 이정빈 외교통상부 장관과 탕자쉬안 외교부장이 서명할 예정이었다. 2002년 3월 베이징에서 비준서를 교환하고 2002년 4월 발효했으며, 발효일은 한국경제신문이 12일, 서울경제신문이 11일로 전한다.",
    summaryZh:
      "两国间关于移交逃犯的条约，定于2000年10月18日由韩国外交通商部长官李廷彬与中国外交部长唐家璇在首尔签署。2002年3月双方在北京互换批准书，条约于2002年4月生效；生效日期《韩国经济新闻》称为12日，《首尔经济新闻》称为11日。",
    signedOn: day(
      "2000-10-18",
      "The Korea Economic Daily of 16 October 2000 says the two foreign ministers would sign the treaty in Seoul on the 18th; its report of 12 March 2002 says the treaty was concluded in October 2000. No report of the signing itself was found.",
    ),
    effectiveOn: month(
      "2002-04",
      "The Korea Economic Daily of 12 March 2002 says the treaty takes effect on the 12th of the following month, April 2002; the Seoul Economic Daily (undated) gives the 11th of the month after the exchange of ratifications. Both point to April 2002; the day is left open.",
    ),
    signatories: ["mofa-korea", "mofa-china"],
    topics: ["legal-assistance"],
    translated: TRANSLATED,
    citations: [
      w(
        "hk-extradition-2000",
        "1st paragraph",
        "The government said the two foreign ministers would sign the treaty in Seoul on the 18th.",
        {
          field: "signedOn",
        },
      ),
      w(
        "hk-extradition-2000",
        "1st paragraph",
        "Names foreign ministers Lee Joung-binn and Tang Jiaxuan as the signatories.",
        {
          field: "signatories",
        },
      ),
      w(
        "hk-extradition-2002",
        "1st-2nd paragraphs",
        "The treaty was concluded in October 2000; ratifications to be exchanged in Beijing on the 13th; in force from the 12th of next month.",
        { field: "signedOn" },
      ),
      w(
        "hk-extradition-2002",
        "1st-2nd paragraphs",
        "Gives the entry into force as the 12th of the month after its report.",
        {
          field: "effectiveOn",
        },
      ),
      w(
        "sedaily-extradition-2002",
        "1st-2nd sentences",
        "Reports that ratifications were exchanged on the 12th and that the treaty takes effect on the 11th of the following month.",
        { field: "effectiveOn", note: "Agrees on the month; differs from the Korea Economic Daily on the days." },
      ),
    ],
  },
  {
    slug: "joint-statement-comprehensive-cooperative-partnership-2003",
    kind: "joint_statement",
    status: "signed",
    titleEn: "Korea–China joint statement on a comprehensive cooperative partnership (2003)",
    titleKo: "한·중 공동성명(전면적 협력동반자관계, 2003)",
    titleZh: "中韩联合声明（全面合作伙伴关系，2003年）",
    summaryEn:
      "Joint statement of President Roh Moo-hyun and President Hu Jintao during Roh's state visit to China of 7–10 July 2003, declaring a comprehensive cooperative partnership. A preview published on the summit day expected it to cover the North Korean nuclear issue and economic cooperation, alongside a civil judicial assistance treaty and a science and technology MOU between academies, whose signing the sources cited here do not confirm. The visit dates rest on a repost of the text on a community board (low trust).",
    summaryKo:
      "노무현 대통령의 국빈 방중(2003년 7월 7~10일) 중 노무현 대통령과 후진타오 주석이 발표한 공동성명으로, 전면적 협력동반자관계를 선언했다. 정상회담 당일의 예고 기사는 북핵 문제와 경제 협력을 다룰 것으로 보았고 민사사법공조조약과 과학원 간 과학기술 양해각서도 예상했으나, 여기 인용한 자료로는 그 서명을 확인할 수 없다. 방문 날짜는 커뮤니티 게시판에 옮겨진 성명 전문(신뢰도 낮음)에 근거한다.",
    summaryZh:
      "卢武铉总统2003年7月7日至10日对中国进行国事访问期间，卢武铉总统与胡锦涛主席发表的联合声明，宣布建立全面合作伙伴关系。峰会当天发表的预告报道预计声明将涉及朝核问题和经济合作，并预计签署民事司法协助条约和科学院间科技谅解备忘录，但此处引用的资料无法证实后两者已签署。访问日期依据转载于社区公告板上的声明全文（可信度低）。",
    signedOn: month("2003-07"),
    previous: "joint-statement-21st-century-cooperative-partnership-1998",
    relation: "follows",
    signatories: ["government-korea", "government-china"],
    topics: ["diplomatic-relations"],
    translated: TRANSLATED,
    citations: [
      w(
        "headstone-2003",
        "points 1-2 of the reposted text",
        "Says the state visit ran 7–10 July 2003 and the leaders declared the new partnership.",
        {
          field: "signedOn",
        },
      ),
      w(
        "hk-2003-roh",
        "1st paragraph",
        "Preview: Roh and Hu to agree at the 7 July summit to raise ties to a comprehensive cooperative partnership.",
        {
          field: "signedOn",
        },
      ),
      w(
        "hk-2003-roh",
        "1st paragraph",
        "Expects the leaders to announce their agreements on the North Korean nuclear issue and economic cooperation at a joint press conference.",
        {
          field: "summaryEn",
        },
      ),
      w(
        "hk-2003-roh",
        "3rd paragraph",
        "Also expects a civil judicial assistance treaty and a science and technology MOU between academies.",
        {
          field: "summaryEn",
        },
      ),
      w(
        "outlook-partnership",
        "2nd paragraph",
        "Chronology: cooperative partnership in 1998, comprehensive cooperative partnership in 2003, strategic in 2008.",
        { field: "previous" },
      ),
    ],
  },
  {
    slug: "joint-statement-2005-hu-visit",
    kind: "joint_statement",
    status: "signed",
    titleEn: "Korea–China joint statement on Hu Jintao's state visit (2005)",
    titleKo: "한·중 공동성명(후진타오 주석 국빈 방한, 2005)",
    titleZh: "中韩联合声明（胡锦涛主席对韩国进行国事访问，2005年）",
    summaryEn:
      "Joint statement adopted by President Roh Moo-hyun and President Hu Jintao in Seoul on 16 November 2005, during Hu's state visit, to deepen the comprehensive cooperative partnership. It covers cooperation in seven fields, among them the economy and trade, diplomacy and security (per Korea's government broadcaster KTV).",
    summaryKo:
      "후진타오 주석의 국빈 방한 중인 2005년 11월 16일 서울에서 노무현 대통령과 후진타오 주석이 채택한 공동성명으로, 전면적 협력동반자관계를 심화하기 위한 것이다. 경제·통상, 외교·안보 등 7개 분야의 협력을 담았다(정부 방송 KTV).",
    summaryZh:
      "2005年11月16日胡锦涛主席对韩国进行国事访问期间，卢武铉总统与胡锦涛主席在首尔通过的联合声明，旨在深化全面合作伙伴关系。声明涵盖经济贸易、外交安全等七个领域的合作（据韩国政府电视台KTV）。",
    signedOn: day("2005-11-16"),
    signatories: ["government-korea", "government-china"],
    topics: ["diplomatic-relations"],
    translated: TRANSLATED,
    citations: [
      w("ktv-2005", "summary paragraph", "On the 16th (November 2005) the leaders adopted a joint statement.", {
        field: "signedOn",
      }),
      w("ktv-2005", "summary paragraph", "The statement covers cooperation in seven fields.", { field: "summaryEn" }),
    ],
  },
  // ---------------------------------------------------------------- 2008: strategic partnership, first swap
  {
    slug: "navy-airforce-hotline-mou-2008",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on direct telephone lines between the Korean and Chinese navies and air forces (2008)",
    titleKo: "한·중 해·공군 간 직통전화 양해각서(2008)",
    titleZh: "中韩海空军直通电话谅解备忘录（2008年）",
    summaryEn:
      "Memorandum of understanding concluded in November 2008 that set up two military hotlines: between Korea's 2nd Fleet and China's North Sea Fleet, and between Korea's air defence centre and the air force of China's Jinan Military Region (later the Northern Theater). It was revised in March 2021 to add two lines. The sources do not name its signatories.",
    summaryKo:
      "2008년 11월 체결된 양해각서로, 한국 해군 2함대와 중국 북해함대, 한국 측 방공센터와 중국 지난군구(이후 북부전구) 공군 사이에 두 개의 군 직통전화를 설치했다. 2021년 3월 개정되어 두 회선이 추가되었다. 자료에는 서명 주체가 나오지 않는다.",
    summaryZh:
      "2008年11月签署的谅解备忘录，开通了两条军事直通电话：韩国海军第二舰队与中国北海舰队之间，以及韩方防空中心与中国济南军区（后为北部战区）空军之间。2021年3月修订后增加了两条线路。资料未给出签署方。",
    signedOn: month("2008-11"),
    signatories: [],
    topics: ["defence-communication"],
    translated: TRANSLATED,
    citations: [
      w(
        "news1-hotline-2021",
        "5th paragraph",
        "The navy and air force hotline MOU was concluded in November 2008, giving two lines.",
        {
          field: "signedOn",
        },
      ),
      w(
        "segye-hotline-2014",
        "4th paragraph",
        "The existing lines link Korea's 2nd Fleet with the North Sea Fleet and Korea's air defence centre with the Jinan Military Region air force.",
        { field: "summaryEn" },
      ),
    ],
  },
  {
    slug: "joint-statement-strategic-cooperative-partnership-2008",
    kind: "joint_statement",
    status: "signed",
    titleEn: "Korea–China joint statement on a strategic cooperative partnership (May 2008)",
    titleKo: "한·중 공동성명(전략적 협력동반자관계, 2008년 5월)",
    titleZh: "中韩联合声明（战略合作伙伴关系，2008年5月）",
    summaryEn:
      "Joint statement of President Lee Myung-bak and President Hu Jintao during Lee's state visit to China of 27–30 May 2008, raising the comprehensive cooperative partnership to a strategic cooperative partnership. It set up a high-level strategic dialogue between the two foreign ministries (per the PRC foreign ministry's archive) and, per the Dong-A Ilbo, opened the way to FTA talks and youth exchanges.",
    summaryKo:
      "이명박 대통령의 국빈 방중(2008년 5월 27~30일) 중 이명박 대통령과 후진타오 주석이 발표한 공동성명으로, 전면적 협력동반자관계를 전략적 협력동반자관계로 격상했다. 양국 외교부 간 고위급 전략대화를 두기로 했으며(중국 외교부 문서고), 동아일보에 따르면 FTA 논의와 청소년 교류의 길도 열었다.",
    summaryZh:
      "李明博总统2008年5月27日至30日对中国进行国事访问期间，李明博总统与胡锦涛主席发表的联合声明，将全面合作伙伴关系提升为战略合作伙伴关系。声明决定建立两国外交部门高级别战略对话（据中国外交部文件库）；据《东亚日报》，声明还为自贸协定讨论和青少年交流铺平了道路。",
    signedOn: day(
      "2008-05-28",
      "The Dong-A Ilbo of 29 May 2008 says the statement was released on Wednesday, the day after Tuesday's summit; the Wednesday before 29 May 2008 was 28 May.",
    ),
    previous: "joint-statement-comprehensive-cooperative-partnership-2003",
    relation: "follows",
    signatories: ["government-korea", "government-china"],
    topics: ["diplomatic-relations", "strategic-partnership"],
    translated: TRANSLATED,
    citations: [
      w("donga-2008-05", "1st-2nd paragraphs", "The communiqué was released on Wednesday, after the Tuesday summit.", {
        field: "signedOn",
      }),
      w(
        "mfa-2008-05",
        "opening and section I",
        "Visit of 27–30 May 2008; ties raised to a strategic cooperative partnership; a high-level strategic dialogue of the foreign ministries agreed.",
        { field: "summaryEn" },
      ),
      w("donga-2008-05", "2nd paragraph", "The statement also opened the way to FTA talks and youth exchanges.", {
        field: "summaryEn",
      }),
      w(
        "mfa-2008-05",
        "section I",
        "Raises the comprehensive cooperative partnership to a strategic cooperative partnership.",
        {
          field: "previous",
        },
      ),
    ],
  },
  {
    slug: "joint-communique-2008-08",
    kind: "joint_statement",
    status: "signed",
    titleEn: "Korea–China joint communiqué (August 2008)",
    titleKo: "한·중 공동성명(2008년 8월)",
    titleZh: "中韩联合公报",
    summaryEn:
      "Communiqué issued during President Hu Jintao's state visit to Seoul of 25–26 August 2008 to put the strategic cooperative partnership of May 2008 into practice in political, economic, people-to-people and regional fields. It set the first high-level strategic dialogue of the foreign ministries within 2008, a trade goal of 200 billion dollars by 2010 and study of an FTA, and lists agreements on information technology, energy saving and desertification (per a China News Service dispatch).",
    summaryKo:
      "후진타오 주석의 국빈 방한(2008년 8월 25~26일) 중 발표된 공동성명으로, 2008년 5월의 전략적 협력동반자관계를 정치·경제·인문·지역 분야에서 구체화하기 위한 것이다. 2008년 안에 첫 외교부 고위급 전략대화를 열기로 하고, 2010년까지 교역액 2,000억 달러 목표와 FTA 연구를 담았으며, 정보기술·에너지 절약·사막화 방지 분야의 협정을 열거한다(중국신문사 기사).",
    summaryZh:
      "胡锦涛主席2008年8月25日至26日对首尔进行国事访问期间发表的联合公报，旨在从政治、经济、人文和地区等领域落实2008年5月确立的战略合作伙伴关系。公报确定于2008年内举行首次外交部门高级别战略对话，提出到2010年双边贸易额达到2000亿美元的目标和自贸协定研究，并列出信息技术、节能和防治荒漠化领域的协议（据中国新闻社电讯）。",
    signedOn: HU_VISIT_2008_DATE,
    previous: "joint-statement-strategic-cooperative-partnership-2008",
    relation: "follows",
    signatories: ["government-korea", "government-china"],
    topics: ["diplomatic-relations", "strategic-partnership", "free-trade-agreement"],
    translated: TRANSLATED_BUT_ZH,
    citations: [
      w("sohu-2008-08", "1st paragraph", "Gives the communiqué's Chinese name.", {
        field: "titleZh",
      }),
      w(
        "sohu-2008-08",
        "1st paragraph",
        "Dispatch of 25 August 2008 reporting the communiqué issued during Hu's visit.",
        {
          field: "signedOn",
        },
      ),
      w("mfa-2008-08", "sections I and IV", "Hu visited Korea on 25–26 August 2008.", { field: "signedOn" }),
      w(
        "mfa-2008-08",
        "sections I and IV",
        "The sides will advance the strategic partnership on the basis of the May 2008 statement.",
        { field: "previous" },
      ),
      w(
        "sohu-2008-08",
        "political-field list",
        "The communiqué set the first high-level strategic dialogue of the foreign ministries within the year.",
        { field: "summaryEn" },
      ),
      w(
        "sohu-2008-08",
        "economic-field list",
        "Lists a 200-billion-dollar trade goal by 2010, an FTA study, and agreements on IT, energy saving and desertification.",
        { field: "summaryEn" },
      ),
    ],
  },
  {
    slug: "expo-cooperation-mou-2008",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on cooperation and exchange between Expo 2010 Shanghai and Expo 2012 Yeosu",
    titleKo: "2010 상하이 세계박람회와 2012 여수 세계박람회 간 협력·교류 양해각서",
    titleZh: "中国二0一0年上海世博会与韩国二0一二年丽水世博会合作交流谅解备忘录",
    summaryEn:
      "Memorandum of understanding on cooperation between the organisers of the Shanghai 2010 and Yeosu 2012 world expos, listed among the agreements signed during President Hu Jintao's state visit to Seoul in August 2008 (per a China News Service dispatch). The sources do not name its signatories.",
    summaryKo:
      "2010 상하이 세계박람회와 2012 여수 세계박람회 주최 측 간 협력에 관한 양해각서로, 2008년 8월 후진타오 주석의 국빈 방한 중 서명된 문서 가운데 하나로 열거된다(중국신문사 기사). 자료에는 서명 주체가 나오지 않는다.",
    summaryZh:
      "关于2010年上海世博会与2012年丽水世博会主办方之间合作的谅解备忘录，列于2008年8月胡锦涛主席对首尔国事访问期间签署的文件之中（据中国新闻社电讯）。资料未给出签署方。",
    signedOn: HU_VISIT_2008_DATE,
    signatories: [],
    topics: ["people-to-people"],
    translated: TRANSLATED_BUT_ZH,
    citations: [
      w("sohu-2008-08", "economic-field list, title in 《》", "Gives the MOU's Chinese title.", { field: "titleZh" }),
      w(
        "sohu-2008-08",
        "economic-field list",
        "Names the expo cooperation MOU among the agreements signed during the visit.",
        {
          field: "signedOn",
        },
      ),
      w("mfa-2008-08", "sections I and IV", "Hu visited Korea on 25–26 August 2008.", { field: "signedOn" }),
    ],
  },
  {
    slug: "currency-swap-2008",
    kind: "arrangement",
    status: "signed",
    titleEn: "Won–yuan bilateral currency swap between the Bank of Korea and the People's Bank of China (2008)",
    titleKo: "한국은행–중국인민은행 원·위안 통화스와프(2008)",
    titleZh: "中韩双边本币互换协议",
    summaryEn:
      "The first won–yuan swap between the two central banks, up to 180 billion yuan or 38 trillion won (about 26 billion dollars) for three years, to ease short-term liquidity and support trade during the global financial crisis. Korean reports date it to December 2008, when the Bank of Korea announced it; Chinese reporting citing the People's Bank of China dates the formal agreement to 20 April 2009, and a 2014 Dong-A Ilbo article to April 2009. It was renewed and enlarged in October 2011.",
    summaryKo:
      "두 중앙은행 간 첫 원·위안 통화스와프로, 글로벌 금융위기 속에서 단기 유동성 부족을 완화하고 교역을 지원하기 위해 3년간 최대 1,800억 위안(38조 원, 약 260억 달러) 규모로 맺었다. 한국 보도는 한국은행이 발표한 2008년 12월로 보며, 중국인민은행을 인용한 중국 보도는 정식 계약을 2009년 4월 20일로, 2014년 동아일보 기사는 2009년 4월로 본다. 2011년 10월 연장·확대되었다.",
    summaryZh:
      "两国央行之间的首个韩元—人民币互换安排，规模最高1800亿元人民币（38万亿韩元，约260亿美元），期限三年，旨在全球金融危机期间缓解短期流动性并促进贸易。韩方报道将其定于韩国银行宣布的2008年12月；援引中国人民银行的中方报道将正式协议定于2009年4月20日，2014年《东亚日报》的报道则定于2009年4月。该安排于2011年10月续签并扩大。",
    signedOn: day("2008-12-12"),
    signatories: ["bok", "pboc"],
    topics: ["currency-swap"],
    translated: TRANSLATED_BUT_ZH,
    citations: [
      w(
        "hk-swap-2008",
        "1st-3rd paragraphs",
        "The Bank of Korea announced on the 12th (December 2008) a swap with the People's Bank of China of 180 billion yuan / 38 trillion won, valid for three years.",
        { field: "signedOn" },
      ),
      w(
        "kh-swap-2020",
        "3rd paragraph",
        "Says the two central banks clinched a 26-billion-dollar swap in December 2008.",
        {
          field: "summaryEn",
        },
      ),
      w("hk-swap-2008", "1st paragraph", "Names the Bank of Korea and the People's Bank of China as the parties.", {
        field: "signatories",
      }),
      w(
        "cnstock-swap-2011",
        "1st paragraph",
        "Gives the Chinese name of the bilateral local-currency swap agreement.",
        {
          field: "titleZh",
        },
      ),
      w(
        "cnstock-swap-2011",
        "last paragraph",
        "Says the original bilateral swap agreement was signed on 20 April 2009.",
        {
          field: "signedOn",
          stance: "competing",
          claim: "20 April 2009",
          note: "Chinese reporting citing the People's Bank of China; it may date the formal agreement rather than the December 2008 deal the Bank of Korea announced. The contemporaneous Korean report of the announcement is kept.",
        },
      ),
      w("donga-swap-2014", "2nd paragraph", "Dates the first won–yuan swap contract to April 2009.", {
        field: "signedOn",
        stance: "competing",
        claim: "April 2009",
        note: "Agrees with the Chinese reporting of 20 April 2009; see that citation.",
      }),
    ],
  },
  // ---------------------------------------------------------------- 2011–2012
  {
    slug: "currency-swap-2011",
    kind: "arrangement",
    status: "signed",
    titleEn: "Renewal and enlargement of the Korea–China currency swap (2011)",
    titleKo: "한·중 통화스와프 연장·확대(2011)",
    titleZh: "中韩货币互换续签并扩大（2011年）",
    summaryEn:
      "Renewal of the central banks' won–yuan swap, agreed in Seoul on 26 October 2011 during Vice Premier Li Keqiang's visit (with Prime Minister Kim Hwang-sik), doubling it from 180 billion to 360 billion yuan (38 trillion to 64 trillion won) for three years, to October 2014. It was extended in October 2014.",
    summaryKo:
      "2011년 10월 26일 리커창 부총리의 방한 중 서울에서(김황식 국무총리와) 합의된 두 중앙은행의 원·위안 통화스와프 연장으로, 규모를 1,800억 위안에서 3,600억 위안(38조 원에서 64조 원)으로 두 배 늘리고 기간을 3년, 2014년 10월까지로 했다. 2014년 10월 다시 연장되었다.",
    summaryZh:
      "两国央行韩元—人民币互换的续签，于2011年10月26日李克强副总理访韩期间（与金滉植国务总理）在首尔商定，规模由1800亿元人民币扩大一倍至3600亿元人民币（由38万亿韩元增至64万亿韩元），期限三年，至2014年10月。该安排于2014年10月再次延期。",
    signedOn: day("2011-10-26"),
    expiresOn: month("2014-10"),
    previous: "currency-swap-2008",
    relation: "updates",
    signatories: ["bok", "pboc"],
    topics: ["currency-swap"],
    translated: TRANSLATED,
    citations: [
      w(
        "cnstock-swap-2011",
        "1st paragraph",
        "The People's Bank of China and the Bank of Korea renewed the swap in Seoul on the 26th, enlarging it to 360 billion yuan / 64 trillion won for three years.",
        { field: "signedOn" },
      ),
      w(
        "donga-2011-10",
        "1st-2nd paragraphs",
        "Prime Minister Kim Hwang-sik and visiting Vice Premier Li Keqiang agreed the enlargement on 26 October; valid to October 2014.",
        { field: "signedOn" },
      ),
      w("donga-2011-10", "1st-2nd paragraphs", "The enlarged swap is valid until October 2014.", {
        field: "expiresOn",
      }),
      w("cnstock-swap-2011", "1st paragraph", "The two central banks are the parties to the renewal.", {
        field: "signatories",
      }),
      w("cnstock-swap-2011", "1st paragraph", "Describes the deal as a renewal and enlargement of the existing swap.", {
        field: "previous",
      }),
      w(
        "kh-swap-2020",
        "3rd paragraph",
        "Notes the swap was extended three times by three years and enlarged in 2011.",
        {
          field: "previous",
        },
      ),
    ],
  },
  {
    slug: "employment-permit-system-mou-2011",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on the employment permit system (2011)",
    titleKo: "고용허가제 양해각서(2011)",
    titleZh: "雇佣许可制谅解备忘录（2011年）",
    summaryEn:
      "Memorandum on labour cooperation under Korea's employment permit system for foreign workers, one of four MOUs or arrangements signed during Vice Premier Li Keqiang's visit to Seoul in October 2011 (per the Dong-A Ilbo). The source gives no signatories or further content.",
    summaryKo:
      "한국의 외국인 고용허가제에 따른 인력 협력에 관한 양해각서로, 2011년 10월 리커창 부총리의 방한 중 서명된 4건의 양해각서·약정 가운데 하나다(동아일보). 자료에는 서명 주체나 구체적 내용이 나오지 않는다.",
    summaryZh:
      "关于韩国外国劳工雇佣许可制下劳务合作的谅解备忘录，是2011年10月李克强副总理访问首尔期间签署的四份谅解备忘录或安排之一（据《东亚日报》）。资料未给出签署方或具体内容。",
    signedOn: LI_VISIT_2011_DATE,
    signatories: [],
    topics: [],
    translated: TRANSLATED,
    citations: [
      w(
        "donga-2011-10",
        "3rd paragraph",
        "Lists the employment permit system MOU among four documents signed on the visit.",
        {
          field: "signedOn",
        },
      ),
      w("donga-2011-10", "3rd paragraph", "Names the employment permit system as the subject of one of the MOUs.", {
        field: "summaryEn",
      }),
    ],
  },
  {
    slug: "fresh-agri-quarantine-arrangement-2011",
    kind: "arrangement",
    status: "signed",
    titleEn: "Quarantine cooperation arrangement on exports of Korean fresh agricultural products to China (2011)",
    titleKo: "신선농산물 대중국 수출 검역협력 약정(2011)",
    titleZh: "韩国生鲜农产品对华出口检疫合作安排（2011年）",
    summaryEn:
      "Arrangement on quarantine cooperation to open China's market to Korean fresh farm produce, one of four documents signed during Vice Premier Li Keqiang's visit to Seoul in October 2011 (per the Dong-A Ilbo). The source gives no signatories.",
    summaryKo:
      "한국산 신선농산물의 중국 시장 진출을 위한 검역 협력 약정으로, 2011년 10월 리커창 부총리의 방한 중 서명된 4건의 문서 가운데 하나다(동아일보). 자료에는 서명 주체가 나오지 않는다.",
    summaryZh:
      "为韩国生鲜农产品进入中国市场开展检疫合作的安排，是2011年10月李克强副总理访问首尔期间签署的四份文件之一（据《东亚日报》）。资料未给出签署方。",
    signedOn: LI_VISIT_2011_DATE,
    signatories: [],
    topics: ["plant-animal-quarantine"],
    translated: TRANSLATED,
    citations: [
      w(
        "donga-2011-10",
        "3rd paragraph",
        "Lists quarantine cooperation for Korean fresh produce exports among the documents signed.",
        {
          field: "signedOn",
        },
      ),
      w(
        "donga-2011-10",
        "3rd paragraph",
        "Names quarantine cooperation for exports of Korean fresh produce to China.",
        {
          field: "summaryEn",
        },
      ),
    ],
  },
  {
    slug: "e-commerce-policy-council-mou-2011",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on setting up a Korea–China e-commerce policy council (2011)",
    titleKo: "한·중 전자상거래 정책협의회 설치 양해각서(2011)",
    titleZh: "关于设立中韩电子商务政策协商机制的谅解备忘录（2011年）",
    summaryEn:
      "Memorandum setting up a bilateral policy council on e-commerce, one of four documents signed during Vice Premier Li Keqiang's visit to Seoul in October 2011 (per the Dong-A Ilbo). The source gives no signatories, and no meeting of the council was found.",
    summaryKo:
      "양국 간 전자상거래 정책협의회를 설치하는 양해각서로, 2011년 10월 리커창 부총리의 방한 중 서명된 4건의 문서 가운데 하나다(동아일보). 자료에는 서명 주체가 나오지 않으며, 협의회 회의 기록도 찾지 못했다.",
    summaryZh:
      "设立双边电子商务政策协商机制的谅解备忘录，是2011年10月李克强副总理访问首尔期间签署的四份文件之一（据《东亚日报》）。资料未给出签署方，也未找到该机制的会议记录。",
    signedOn: LI_VISIT_2011_DATE,
    signatories: [],
    topics: [],
    translated: TRANSLATED,
    citations: [
      w(
        "donga-2011-10",
        "3rd paragraph",
        "Lists setting up an e-commerce policy council among the four signed documents.",
        {
          field: "signedOn",
        },
      ),
      w("donga-2011-10", "3rd paragraph", "Names an e-commerce policy council as what the MOU sets up.", {
        field: "summaryEn",
      }),
    ],
  },
  {
    slug: "social-security-agreement-2012",
    kind: "agreement",
    status: "in_force",
    titleEn: "Agreement on Social Insurance between the Republic of Korea and the People's Republic of China",
    titleKo: "대한민국과 중화인민공화국 간의 사회보험협정",
    titleZh: "中华人民共和国和大韩民国社会保险协定",
    summaryEn:
      "Agreement sparing workers double pension and employment-insurance contributions: employees seconded to the other country are exempt for up to 13 years, with rules also for local hires and the self-employed. It was signed in Beijing on 29 October 2012 by Korea's ambassador Lee Kyu-hyung and China's Minister of Human Resources and Social Security Yin Weimin, and the National Assembly consented on 22 November 2012. Its entry into force on 16 January 2013 is reported only by a personal blog (low trust).",
    summaryKo:
      "근로자의 연금·고용보험 이중 가입을 막는 협정으로, 상대국에 파견된 근로자는 최장 13년간 면제되며 현지 채용자와 자영업자에 대한 규정도 둔다. 2012년 10월 29일 베이징에서 이규형 주중 대사와 인웨이민 중국 인력자원사회보장부장이 서명했고, 2012년 11월 22일 국회 동의를 받았다. 2013년 1월 16일 발효는 개인 블로그(신뢰도 낮음)에만 나온다.",
    summaryZh:
      "避免劳动者重复缴纳养老保险和就业保险的协定：派遣到对方国家的员工最长13年免缴，并对当地雇员和自雇人员作出规定。协定于2012年10月29日由韩国驻华大使李揆亨与中国人力资源和社会保障部部长尹蔚民在北京签署，韩国国会于2012年11月22日同意。其于2013年1月16日生效一事仅见于一个个人博客（可信度低）。",
    signedOn: day("2012-10-29"),
    effectiveOn: day("2013-01-16"),
    signatories: ["mofa-korea", "mohrss-china"],
    topics: ["social-security"],
    translated: TRANSLATED_BUT_KO,
    citations: [
      w(
        "korcham-socsec-2012",
        "point 1 of the reposted release",
        "Signed on 29 October in Beijing by Ambassador Lee Kyu-hyung and Minister Yin Weimin.",
        { field: "signedOn" },
      ),
      w("hk-socsec-2012", "headline", "Report of 29 October 2012 on the agreement's formal signing.", {
        field: "signedOn",
      }),
      w(
        "korcham-socsec-2012",
        "point 1 of the reposted release",
        "Names Korea's ambassador, for the foreign ministry, and China's human resources and social security minister.",
        { field: "signatories" },
      ),
      w(
        "hk-socsec-2012",
        "3rd paragraph",
        "Seconded workers are exempt from double pension and employment insurance for up to 13 years.",
        {
          field: "summaryEn",
        },
      ),
      w(
        "korcham-socsec-ratify",
        "point 1 and end of point 3",
        "The National Assembly consented on 22 November; the agreement takes effect 30 days after mutual notification.",
        { field: "summaryEn" },
      ),
      w(
        "tistory-socsec",
        "first sentence, title in quotation marks",
        "Gives the agreement's Korean title (low-trust blog).",
        {
          field: "titleKo",
        },
      ),
      w(
        "tistory-socsec",
        "first sentences",
        "Says the agreement entered into force on 16 January 2013, covering contributions only.",
        {
          field: "effectiveOn",
        },
      ),
    ],
  },
  // ---------------------------------------------------------------- 2013–2015
  {
    slug: "future-vision-joint-statement-2013",
    kind: "joint_statement",
    status: "signed",
    titleEn: "Korea–China joint statement for a future vision (2013)",
    titleKo: "한·중 미래비전 공동성명",
    titleZh: "中韩面向未来联合声明",
    summaryEn:
      "Joint statement adopted by President Park Geun-hye and President Xi Jinping at their summit in Beijing on 27 June 2013, with an annexed action plan, to give substance to the strategic cooperative partnership. It created a dialogue between Korea's national security office head and China's state councilor, a strategic dialogue of the vice foreign ministers twice a year, further diplomatic-security, party and think-tank dialogues and a joint committee on humanities exchange, and aimed at a high-level FTA.",
    summaryKo:
      "박근혜 대통령과 시진핑 주석이 2013년 6월 27일 베이징 정상회담에서 채택한 공동성명으로, 부속서 형태의 행동계획을 담아 전략적 협력동반자관계를 내실화하려 했다. 한국 국가안보실장과 중국 국무위원 간 대화, 연 2회 외교차관 전략대화, 외교안보·정당·싱크탱크 대화와 인문교류 공동위원회를 새로 두고, 높은 수준의 FTA를 목표로 했다.",
    summaryZh:
      "朴槿惠总统与习近平主席2013年6月27日在北京会谈时通过的联合声明，附有行动计划，旨在充实战略合作伙伴关系。声明建立韩国国家安保室长与中国国务委员之间的对话、每年两次的副外长级战略对话、外交安全、政党和智库对话以及人文交流共同委员会，并以高水平自贸协定为目标。",
    signedOn: day("2013-06-27"),
    previous: "joint-statement-strategic-cooperative-partnership-2008",
    relation: "follows",
    signatories: ["government-korea", "government-china"],
    topics: ["diplomatic-relations", "strategic-partnership", "people-to-people", "free-trade-agreement"],
    // The Chinese title comes from a traditional-script page: converted, so translated.
    translated: TRANSLATED_BUT_KO,
    citations: [
      w("zdnet-2013-06", "headline and 2nd paragraph", "Gives the Korean name of the future vision joint statement.", {
        field: "titleKo",
      }),
      w(
        "zdnet-2013-06",
        "2nd paragraph",
        "The leaders adopted the future vision joint statement at the 27 June summit.",
        {
          field: "signedOn",
        },
      ),
      w(
        "seoul-2013-06",
        "political-security section",
        "Lists a national security adviser–state councilor channel, a vice-foreign-minister strategic dialogue twice a year and other dialogues.",
        { field: "summaryEn" },
      ),
      w(
        "seoul-2013-06",
        "economic-social section",
        "Also sets up a humanities exchange joint committee and targets a high-level FTA.",
        {
          field: "summaryEn",
        },
      ),
      w(
        "enorth-2013-07",
        "5th body paragraph",
        "Chinese commentary: three priority areas and five concrete action plans for the next five years.",
        {
          field: "summaryEn",
        },
      ),
      w(
        "enorth-2013-07",
        "2nd paragraph, title in 《》",
        "Gives the statement's Chinese title, in traditional script on this page; the simplified form is the tracker's.",
      ),
    ],
  },
  {
    slug: "joint-statement-2014",
    kind: "joint_statement",
    status: "signed",
    titleEn: "Korea–China joint statement (July 2014)",
    titleKo: "한·중 공동성명(2014년 7월)",
    titleZh: "中华人民共和国和大韩民国联合声明（2014年7月）",
    summaryEn:
      "Joint statement of President Park Geun-hye and President Xi Jinping issued in Seoul during Xi's state visit of 3–4 July 2014; Chinese reporting counts over 90 cooperation items in 23 fields and 12 agreements signed during the visit. It covers a target to conclude the FTA, won–yuan direct trading and renminbi clearing in Seoul, an 80-billion-yuan RQFII quota and fine-dust cooperation, and the leaders agreed to start maritime delimitation talks in 2015.",
    summaryKo:
      "시진핑 주석의 국빈 방한(2014년 7월 3~4일) 중 서울에서 발표된 박근혜 대통령과 시진핑 주석의 공동성명으로, 중국 보도에 따르면 23개 분야 90여 개 협력 사항을 담았고 방한 기간 12건의 협정이 서명되었다. FTA 타결 목표, 원·위안 직거래와 서울 위안화 청산, 800억 위안 규모의 RQFII 한도, 미세먼지 협력을 담았으며, 양 정상은 2015년 해양경계획정 협상을 시작하기로 합의했다.",
    summaryZh:
      "习近平主席2014年7月3日至4日对韩国进行国事访问期间，朴槿惠总统与习近平主席在首尔发表的联合声明；据中方报道，声明确定了23个领域90多项合作内容，访问期间签署了12项协议。声明涉及完成自贸协定谈判的目标、韩元与人民币直接交易及在首尔开展人民币清算、800亿元人民币的RQFII额度以及细颗粒物合作，两国领导人还商定于2015年启动海域划界谈判。",
    signedOn: day("2014-07-03"),
    previous: "future-vision-joint-statement-2013",
    relation: "follows",
    signatories: ["government-korea", "government-china"],
    topics: ["diplomatic-relations", "strategic-partnership", "free-trade-agreement", "maritime-boundary", "fine-dust"],
    translated: TRANSLATED,
    aliases: ["한-중 정상회담 공동성명"],
    citations: [
      w("crntt-2014", "dateline", "The Chinese text was issued in Seoul on 3 July 2014.", { field: "signedOn" }),
      w(
        "globalwindow-2014",
        "header and point 1",
        "The KOTRA archive dates the statement 4 July 2014; the visit ran 3–4 July.",
        {
          field: "signedOn",
          stance: "competing",
          claim: "4 July 2014",
          note: "The archive dates the text to the visit's last day; the Chinese text's dateline gives 3 July, the day of the summit, which is kept.",
        },
      ),
      w(
        "globalwindow-2014",
        "page heading",
        "Heads the Korean text with a generic name for the summit joint statement.",
        {
          field: "aliases",
        },
      ),
      w(
        "chinadaily-2014",
        "paragraph on the Korea visit",
        "Twelve important agreements were signed; the statement set over 90 cooperation items in 23 fields.",
        { field: "summaryEn" },
      ),
      w(
        "shanghaibang-2014",
        "3rd-5th paragraphs",
        "The statement covers renminbi clearing in Seoul, an 80-billion-yuan RQFII quota, fine dust and other cooperation.",
        { field: "summaryEn" },
      ),
      w(
        "kmib-delim-2015",
        "4th paragraph",
        "The leaders agreed at the July 2014 summit to start delimitation talks within 2015.",
        {
          field: "summaryEn",
        },
      ),
    ],
  },
  {
    slug: "consular-agreement-2014",
    kind: "agreement",
    status: "signed",
    titleEn: "Korea–China consular agreement (2014)",
    titleKo: "한·중 영사협정(2014)",
    titleZh: "中韩领事协定（2014年）",
    summaryEn:
      "Consular agreement to protect each other's nationals and ease exchanges, concluded during President Xi Jinping's state visit to Seoul in July 2014. It is reported only by Shanghaibang, a Korean community newspaper in Shanghai; Newsworld counts two government-to-government agreements among the visit's 12 without naming them. Its signatories and exact date are not given.",
    summaryKo:
      "자국민 보호와 교류 편의를 위한 영사협정으로, 2014년 7월 시진핑 주석의 국빈 방한 중 체결되었다. 상하이 교민 신문 상하이방만 이를 보도했으며, 뉴스월드는 방한 중 서명된 12건 가운데 2건이 정부 간 협정이라고 전하지만 그 이름은 밝히지 않는다. 서명 주체와 정확한 날짜는 나오지 않는다.",
    summaryZh:
      "为保护本国公民和便利往来而签订的领事协定，于2014年7月习近平主席对首尔进行国事访问期间缔结。仅上海韩侨报纸《上海邦》报道此事；Newsworld称访问期间签署的12项协议中有两项为政府间协议，但未列出名称。资料未给出签署方和确切日期。",
    signedOn: XI_VISIT_2014_MONTH,
    signatories: [],
    topics: ["people-to-people"],
    translated: TRANSLATED,
    citations: [
      w("shanghaibang-2014", "2nd paragraph", "Reports the leaders concluded a consular agreement during the visit.", {
        field: "signedOn",
      }),
      w("globalwindow-2014", "header and point 1", "Xi Jinping's state visit ran 3–4 July 2014.", {
        field: "signedOn",
      }),
      w("shanghaibang-2014", "2nd paragraph", "The agreement is for protecting nationals and facilitating exchanges.", {
        field: "summaryEn",
      }),
      w(
        "newsworld-2014",
        "mid-article, after the press-conference quotes",
        "Twelve agreements were signed on the visit, two of them between governments.",
        {
          field: "summaryEn",
        },
      ),
    ],
  },
  {
    slug: "film-coproduction-agreement-2014",
    kind: "agreement",
    status: "signed",
    titleEn: "Korea–China film co-production agreement (2014)",
    titleKo: "한·중 영화공동제작협정(2014)",
    titleZh: "中韩电影合拍协议（2014年）",
    summaryEn:
      "Agreement on joint film production, signed during President Xi Jinping's state visit to Seoul in July 2014. It is reported only by Shanghaibang, a Korean community newspaper in Shanghai; its signatories and exact date are not given.",
    summaryKo:
      "영화 공동제작에 관한 협정으로, 2014년 7월 시진핑 주석의 국빈 방한 중 서명되었다. 상하이 교민 신문 상하이방만 이를 보도했으며, 서명 주체와 정확한 날짜는 나오지 않는다.",
    summaryZh:
      "关于合拍电影的协议，于2014年7月习近平主席对首尔进行国事访问期间签署。仅上海韩侨报纸《上海邦》报道此事；资料未给出签署方和确切日期。",
    signedOn: XI_VISIT_2014_MONTH,
    signatories: [],
    topics: ["people-to-people"],
    translated: TRANSLATED,
    citations: [
      w(
        "shanghaibang-2014",
        "headline and 2nd paragraph",
        "Reports a film co-production agreement signed during the visit.",
        {
          field: "signedOn",
        },
      ),
      w("globalwindow-2014", "header and point 1", "Xi Jinping's state visit ran 3–4 July 2014.", {
        field: "signedOn",
      }),
      w("shanghaibang-2014", "headline", "Names film co-production as the agreement's subject.", {
        field: "summaryEn",
      }),
    ],
  },
  {
    slug: "defense-ministry-hotline-mou-2014",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on a direct telephone line between the Korean and Chinese defence ministries (2014)",
    titleKo: "한·중 국방부 간 직통전화 설치 양해각서(2014)",
    titleZh: "中韩国防部直通电话谅解备忘录（2014年）",
    summaryEn:
      "Memorandum on a hotline between the two defence ministries, signed in Beijing on 23 July 2014 at the 4th Korea–China defence strategic dialogue by Korea's Vice Minister of National Defense Baek Seung-joo and the PLA's Deputy Chief of General Staff Wang Guanzhong, after the leaders had agreed to it at their July 2014 summit. The line was opened with a first call between the two defence ministers, Han Min-koo and Chang Wanquan (per VOA Korean).",
    summaryKo:
      "양국 국방부 간 직통전화에 관한 양해각서로, 2014년 7월 정상회담의 합의에 따라 2014년 7월 23일 베이징에서 열린 제4차 한·중 국방전략대화에서 백승주 국방부 차관과 왕관중 중국 인민해방군 부총참모장이 서명했다. 직통전화는 한민구 국방부 장관과 창완취안 국방부장의 첫 통화로 개통되었다(VOA 한국어).",
    summaryZh:
      "关于两国国防部之间直通电话的谅解备忘录，根据2014年7月两国领导人会谈的共识，于2014年7月23日在北京举行的第四次中韩国防战略对话上，由韩国国防部次官白承周与中国人民解放军副总参谋长王冠中签署。该直通电话以韩国国防部长官韩民求与中国国防部长常万全的首次通话开通（据美国之音韩语频道）。",
    signedOn: day("2014-07-23"),
    signatories: ["mnd-korea", "mnd-china"],
    topics: ["defence-communication"],
    translated: TRANSLATED,
    citations: [
      w(
        "segye-hotline-2014",
        "2nd-3rd paragraphs",
        "Baek Seung-joo and Wang Guanzhong signed the hotline MOU on the 23rd at the 4th defence strategic dialogue in Beijing.",
        { field: "signedOn" },
      ),
      w("segye-hotline-2014", "headline", "The MOU sets up a direct line between the two defence ministries.", {
        field: "signatories",
      }),
      w(
        "voa-hotline-2015",
        "1st and 4th paragraphs",
        "The hotline opened with a first call between Han Min-koo and Chang Wanquan; it had been agreed at the July 2014 summit.",
        { field: "summaryEn" },
      ),
    ],
  },
  {
    slug: "currency-swap-2014",
    kind: "arrangement",
    status: "expired",
    titleEn: "Extension of the Korea–China currency swap (2014)",
    titleKo: "한·중 통화스와프 연장(2014)",
    titleZh: "中韩货币互换延期（2014年）",
    summaryEn:
      "Three-year extension of the central banks' won–yuan swap at an unchanged 360 billion yuan (64 trillion won), signed in the United States on 11 October 2014 by Bank of Korea Governor Lee Ju-yeol and People's Bank of China Governor Zhou Xiaochuan and running to 10 October 2017; the extension had been agreed in the June 2013 future vision statement. The Korea Herald reports that it expired on 10 October 2017, three days before its renewal was announced.",
    summaryKo:
      "두 중앙은행의 원·위안 통화스와프를 3,600억 위안(64조 원) 규모 그대로 3년 연장한 것으로, 2014년 10월 11일 미국에서 이주열 한국은행 총재와 저우샤오촨 중국인민은행 총재가 서명했으며 기간은 2017년 10월 10일까지다. 연장은 2013년 6월 미래비전 공동성명에서 합의되었다. 코리아헤럴드에 따르면 2017년 10월 10일 만료되었고, 사흘 뒤 연장이 발표되었다.",
    summaryZh:
      "两国央行韩元—人民币互换按3600亿元人民币（64万亿韩元）不变规模延期三年，由韩国银行行长李柱烈与中国人民银行行长周小川于2014年10月11日在美国签署，期限至2017年10月10日；延期已在2013年6月的面向未来联合声明中商定。据《韩国先驱报》，该安排于2017年10月10日到期，三天后宣布续签。",
    signedOn: day("2014-10-11"),
    expiresOn: day("2017-10-10"),
    previous: "currency-swap-2011",
    relation: "updates",
    signatories: ["bok", "pboc"],
    topics: ["currency-swap"],
    translated: TRANSLATED,
    citations: [
      w(
        "donga-swap-2014",
        "1st-2nd paragraphs",
        "Lee Ju-yeol and Zhou Xiaochuan signed in the United States on the 11th, extending the swap at unchanged size.",
        { field: "signedOn" },
      ),
      w("donga-swap-2014", "1st-2nd paragraphs", "Names the two central bank governors as the signatories.", {
        field: "signatories",
      }),
      w("donga-swap-2014", "1st-2nd paragraphs", "The extended swap runs to 10 October 2017.", { field: "expiresOn" }),
      w("donga-swap-2014", "headline", "Describes the deal as a three-year extension of the existing swap.", {
        field: "previous",
      }),
      w(
        "donga-swap-2014",
        "last paragraph",
        "The extension had been agreed in the June 2013 future vision statement.",
        {
          field: "summaryEn",
        },
      ),
      w(
        "kh-swap-2017",
        "1st-3rd paragraphs",
        "Says the previous swap deal had expired on Tuesday (read as 10 October 2017).",
      ),
    ],
  },
  {
    slug: "korea-china-fta-2015",
    kind: "agreement",
    status: "in_force",
    titleEn:
      "Free Trade Agreement between the Government of the Republic of Korea and the Government of the People's Republic of China",
    titleKo: "대한민국 정부와 중화인민공화국 정부 간의 자유무역협정",
    titleZh: "中华人民共和国政府和大韩民国政府自由贸易协定",
    summaryEn:
      "Comprehensive free trade agreement signed in Seoul on 1 June 2015 by Korea's Minister of Trade, Industry and Energy Yoon Sang-jick and China's Minister of Commerce Gao Hucheng, after talks launched in May 2012 and 14 rounds; it removes tariffs on over 90% of goods within 20 years. It entered into force on 20 December 2015, and the sides committed to later negotiations on services (on a negative list) and investment (with pre-establishment treatment).",
    summaryKo:
      "2012년 5월 협상 개시 후 14차례 협상을 거쳐 2015년 6월 1일 서울에서 윤상직 산업통상자원부 장관과 가오후청 중국 상무부장이 서명한 포괄적 자유무역협정으로, 20년 안에 90% 이상 품목의 관세를 철폐한다. 2015년 12월 20일 발효했으며, 양측은 서비스(네거티브 방식)와 투자(설립 전 내국민 대우)에 대한 후속 협상을 약속했다.",
    summaryZh:
      "在2012年5月启动谈判、历经14轮谈判后，由韩国产业通商资源部长官尹相直与中国商务部部长高虎城于2015年6月1日在首尔签署的全面自由贸易协定，20年内对90%以上商品取消关税。协定于2015年12月20日生效，双方承诺随后以负面清单方式开展服务贸易谈判、以准入前国民待遇开展投资谈判。",
    signedOn: day("2015-06-01"),
    effectiveOn: day("2015-12-20"),
    signatories: ["motie", "mofcom"],
    topics: ["free-trade-agreement", "trade-in-services", "investment"],
    translated: TRANSLATED_BUT_ZH,
    aliases: ["Korea–China FTA", "한중 FTA", "中韩自贸协定"],
    citations: [
      w(
        "unctad-fta-2015",
        "1st paragraph",
        "Signed on 1 June 2015 in Seoul by Gao Hucheng and Yoon Sang-jick, three years after talks began in May 2012.",
        { field: "signedOn" },
      ),
      w("unctad-fta-2015", "1st paragraph", "Names the two trade ministers as the signatories.", {
        field: "signatories",
      }),
      w(
        "bizwire-fta-2015",
        "1st-2nd paragraphs",
        "The FTA takes effect on 20 December after Ambassador Kim Jang-soo and Wang Shouwen exchanged documents.",
        { field: "effectiveOn" },
      ),
      w("chinagate-fta-2015", "headline", "The two countries agree to implement the FTA on 20 December.", {
        field: "effectiveOn",
      }),
      w(
        "chinagate-fta-2015",
        "4th-5th paragraphs",
        "Talks began in May 2012 with 14 rounds; tariffs removed on over 90% of goods within 20 years.",
        { field: "summaryEn" },
      ),
      w(
        "xinhua-kr-fta-2015",
        "2nd paragraph",
        "After entry into force, the sides will negotiate services on a negative list and investment with pre-establishment treatment.",
        { field: "summaryEn" },
      ),
      w(
        "hujiang-fta-2015",
        "1st paragraph, title in 《》",
        "Gives the FTA's Chinese title (low-trust site reproducing Xinhua).",
        {
          field: "titleZh",
        },
      ),
    ],
  },
  {
    slug: "air-quality-dust-data-sharing-agreement-2015",
    kind: "agreement",
    status: "signed",
    titleEn:
      "Agreement between China's Ministry of Environmental Protection and Korea's Ministry of Environment on sharing ambient air quality and dust monitoring data",
    titleKo: "중국 환경보호부와 한국 환경부 간 대기질 및 황사 관측자료 공유 협정",
    titleZh: "中华人民共和国环境保护部和大韩民国环境部关于环境空气质量和沙尘监测数据共享协议",
    summaryEn:
      "Agreement on sharing air-quality and yellow-dust monitoring data, signed in Seoul on 31 October 2015 by Minister of Environmental Protection Chen Jining and Minister of Environment Yoon Seong-kyu in the presence of Premier Li Keqiang and President Park Geun-hye, during Li's official visit and the 6th trilateral summit. It is reported only by a company website's repost of China Environment News (low trust).",
    summaryKo:
      "대기질·황사 관측자료 공유에 관한 협정으로, 리커창 총리의 공식 방한과 제6차 한·중·일 정상회의 기간인 2015년 10월 31일 서울에서 리커창 총리와 박근혜 대통령이 지켜보는 가운데 천지닝 환경보호부장과 윤성규 환경부 장관이 서명했다. 중국환경보 기사를 옮긴 한 기업 웹사이트(신뢰도 낮음)에만 나온다.",
    summaryZh:
      "关于共享环境空气质量和沙尘监测数据的协议，于2015年10月31日李克强总理正式访韩并出席第六次中日韩领导人会议期间，在李克强总理和朴槿惠总统见证下，由环境保护部部长陈吉宁与韩国环境部长官尹成圭在首尔签署。此事仅见于一家企业网站转载的《中国环境报》报道（可信度低）。",
    signedOn: day("2015-10-31"),
    signatories: ["moe-korea", "mep-china"],
    topics: ["air-pollution", "yellow-dust"],
    translated: TRANSLATED_BUT_ZH,
    citations: [
      w("hontu-env-2015", "2nd paragraph, title in 《》", "Gives the agreement's Chinese title.", { field: "titleZh" }),
      w(
        "hontu-env-2015",
        "2nd paragraph",
        "On 31 October, witnessed by Li Keqiang and Park Geun-hye, Chen Jining and Yoon Seong-kyu signed the data-sharing agreement.",
        { field: "signedOn" },
      ),
      w("hontu-env-2015", "2nd paragraph", "Names the two environment ministers as the signatories.", {
        field: "signatories",
      }),
    ],
  },
  // ---------------------------------------------------------------- 2017: swap renewal, Moon Jae-in's state visit
  {
    slug: "currency-swap-2017",
    kind: "arrangement",
    status: "signed",
    titleEn: "Renewal of the Korea–China currency swap (2017)",
    titleKo: "한·중 통화스와프 연장(2017)",
    titleZh: "中韩货币互换续签（2017年）",
    summaryEn:
      "Three-year renewal of the central banks' won–yuan swap at 64 trillion won (about 56 billion dollars), announced in Washington in October 2017 by Bank of Korea Governor Lee Ju-yeol and Finance Minister Kim Dong-yeon, three days after the previous deal had expired on 10 October (per the Korea Herald). It was renewed and enlarged again in October 2020.",
    summaryKo:
      "두 중앙은행의 원·위안 통화스와프를 64조 원(약 560억 달러) 규모로 3년 연장한 것으로, 2017년 10월 워싱턴에서 이주열 한국은행 총재와 김동연 기획재정부 장관이 발표했다. 이전 계약이 10월 10일 만료된 지 사흘 뒤였다(코리아헤럴드). 2020년 10월 다시 연장·확대되었다.",
    summaryZh:
      "两国央行韩元—人民币互换以64万亿韩元（约560亿美元）规模续签三年，由韩国银行行长李柱烈和企划财政部长官金东兖于2017年10月在华盛顿宣布，时值此前协议于10月10日到期三天之后（据《韩国先驱报》）。该安排于2020年10月再次续签并扩大。",
    signedOn: month("2017-10"),
    previous: "currency-swap-2014",
    relation: "updates",
    signatories: ["bok", "pboc"],
    topics: ["currency-swap"],
    translated: TRANSLATED,
    citations: [
      w(
        "kh-swap-2017",
        "1st-3rd paragraphs",
        "The renewal for three more years was announced in Washington, three days after the deal had expired on Tuesday (read as 10 October 2017).",
        {
          field: "signedOn",
          note: "The report gives the announcement, not the day of signing; the month is recorded.",
        },
      ),
      w(
        "kh-swap-2017",
        "1st-3rd paragraphs",
        "Says Seoul and Beijing agreed to renew the swap, as announced by the Bank of Korea governor and the finance minister.",
        {
          field: "signatories",
          note: "The page does not name the People's Bank of China; it is kept as the counterparty of the swap being renewed.",
        },
      ),
      w("kh-swap-2017", "1st-3rd paragraphs", "Describes the deal as a renewal of the expired swap.", {
        field: "previous",
      }),
    ],
  },
  {
    slug: "fta-services-investment-negotiations-mou-2017",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on launching the Korea–China FTA follow-up negotiations on services and investment (2017)",
    titleKo: "한·중 FTA 서비스·투자 후속협상 개시 양해각서(2017)",
    titleZh: "关于启动中韩自贸协定服务和投资后续谈判的谅解备忘录（2017年）",
    summaryEn:
      "Memorandum launching the second stage of the Korea–China FTA, negotiations on services and investment, signed by Minister of Trade, Industry and Energy Paik Un-gyu and Minister of Commerce Zhong Shan in Beijing during President Moon Jae-in's state visit of December 2017. It aims to help Korean firms enter China's services market and to protect investors (per Newsworks).",
    summaryKo:
      "한·중 FTA 2단계인 서비스·투자 협상을 개시하는 양해각서로, 2017년 12월 문재인 대통령의 국빈 방중 중 베이징에서 백운규 산업통상자원부 장관과 중산 상무부장이 서명했다. 한국 기업의 중국 서비스 시장 진출과 투자자 보호를 돕기 위한 것이다(뉴스웍스).",
    summaryZh:
      "启动中韩自贸协定第二阶段即服务和投资谈判的谅解备忘录，于2017年12月文在寅总统对华国事访问期间，由韩国产业通商资源部长官白云揆与商务部部长钟山在北京签署。其目的是帮助韩国企业进入中国服务市场并保护投资者（据Newsworks）。",
    signedOn: MOON_VISIT_2017_DATE,
    previous: "korea-china-fta-2015",
    relation: "follows",
    signatories: ["motie", "mofcom"],
    topics: ["free-trade-agreement", "trade-in-services", "investment-protection"],
    translated: TRANSLATED,
    citations: [
      ...moonVisit2017DateCitations("2nd paragraph"),
      w(
        "mediapen-2017",
        "2nd paragraph",
        "Paik Un-gyu and Zhong Shan signed the MOU to begin FTA services and investment talks.",
        {
          field: "signatories",
        },
      ),
      w(
        "newsworks-2017",
        "3rd paragraph",
        "The MOU aims to help Korean firms enter China's services market and to protect investors.",
        {
          field: "summaryEn",
        },
      ),
      w(
        "xinhua-kr-fta-2015",
        "2nd paragraph",
        "The 2015 FTA provided for later negotiations on services and investment.",
        {
          field: "previous",
        },
      ),
    ],
  },
  {
    slug: "eco-industrial-development-mou-2017",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on strategic cooperation in green and eco-industrial development (2017)",
    titleKo: "녹색·생태 산업 발전 전략적 협력 양해각서(2017)",
    titleZh: "绿色生态产业发展战略合作谅解备忘录（2017年）",
    summaryEn:
      "Memorandum between Korea's Ministry of Trade, Industry and Energy (Minister Paik Un-gyu) and China's Ministry of Industry and Information Technology (Minister Miao Wei), signed in Beijing during President Moon Jae-in's December 2017 state visit, on cooperation in clean production and energy-efficiency technologies. Newsworks expects it to ease Korean exports of such technologies to China.",
    summaryKo:
      "2017년 12월 문재인 대통령의 국빈 방중 중 베이징에서 한국 산업통상자원부(백운규 장관)와 중국 공업정보화부(먀오웨이 부장)가 서명한 양해각서로, 청정생산과 에너지 효율 기술 협력을 다룬다. 뉴스웍스는 이 분야 한국 기술의 대중국 수출이 쉬워질 것으로 전망했다.",
    summaryZh:
      "2017年12月文在寅总统对华国事访问期间，韩国产业通商资源部（长官白云揆）与中国工业和信息化部（部长苗圩）在北京签署的谅解备忘录，涉及清洁生产和能效技术合作。Newsworks预计这将便利韩国相关技术对华出口。",
    signedOn: MOON_VISIT_2017_DATE,
    signatories: ["motie", "miit"],
    topics: ["green-industry"],
    translated: TRANSLATED,
    citations: [
      ...moonVisit2017DateCitations("3rd paragraph"),
      w(
        "mediapen-2017",
        "3rd paragraph",
        "Paik Un-gyu signed with MIIT minister Miao Wei on eco-industrial development.",
        {
          field: "signatories",
        },
      ),
      w(
        "newsworks-2017",
        "7th paragraph",
        "Expected to ease Korean exports of clean-production and energy-efficiency technology to China.",
        { field: "summaryEn" },
      ),
    ],
  },
  {
    slug: "energy-cooperation-mou-2017",
    kind: "mou",
    status: "signed",
    titleEn:
      "MOU on energy cooperation between Korea's trade and energy ministry and China's National Energy Administration (2017)",
    titleKo: "한국 산업통상자원부–중국 국가에너지국 에너지 협력 양해각서(2017)",
    titleZh: "韩国产业通商资源部与中国国家能源局能源合作谅解备忘录（2017年）",
    summaryEn:
      "Memorandum on energy cooperation signed in Beijing during President Moon Jae-in's December 2017 state visit by Minister of Trade, Industry and Energy Paik Un-gyu and National Energy Administration head Nur Bekri. Per Newsworks, it created the first government-to-government channel for energy cooperation between the two countries.",
    summaryKo:
      "2017년 12월 문재인 대통령의 국빈 방중 중 베이징에서 백운규 산업통상자원부 장관과 누얼 바이커리 국가에너지국장이 서명한 에너지 협력 양해각서. 뉴스웍스에 따르면 양국 간 최초의 정부 간 에너지 협력 채널을 만들었다.",
    summaryZh:
      "2017年12月文在寅总统对华国事访问期间，由韩国产业通商资源部长官白云揆与国家能源局局长努尔·白克力在北京签署的能源合作谅解备忘录。据Newsworks，该备忘录首次建立了两国政府间能源合作渠道。",
    signedOn: MOON_VISIT_2017_DATE,
    signatories: ["motie", "nea-china"],
    topics: [],
    translated: TRANSLATED,
    citations: [
      ...moonVisit2017DateCitations("4th paragraph"),
      w("mediapen-2017", "4th paragraph", "Paik Un-gyu signed the energy cooperation MOU with NEA head Nur Bekri.", {
        field: "signatories",
      }),
      w(
        "newsworks-2017",
        "last paragraph",
        "An intergovernmental energy cooperation channel was created for the first time.",
        {
          field: "summaryEn",
        },
      ),
    ],
  },
  {
    slug: "environmental-cooperation-plan-2018-2022",
    kind: "plan",
    status: "signed",
    titleEn: "Korea–China Environmental Cooperation Plan (2018–2022)",
    titleKo: "한·중 환경협력계획",
    titleZh: "中韩环境合作规划（2018—2022年）",
    summaryEn:
      "Five-year environmental cooperation plan signed in Beijing on 14 December 2017, during President Moon Jae-in's state visit, by Korea's Environment Minister Kim Eun-kyung and China's Minister of Environmental Protection Li Ganjie, with a standing channel on fine dust. Under it the two sides set up the Korea–China Environmental Cooperation Center in Beijing, opened on 25 June 2018. Most sources give the period 2018–2022; Mediapen gives 2018–2020.",
    summaryKo:
      "2017년 12월 14일 문재인 대통령의 국빈 방중 중 베이징에서 김은경 환경부 장관과 리간제 중국 환경보호부장이 서명한 5개년 환경협력계획으로, 미세먼지에 관한 상시 협력 채널을 둔다. 이 계획에 따라 양측은 베이징에 한·중 환경협력센터를 설치했으며 2018년 6월 25일 문을 열었다. 대부분의 자료는 기간을 2018~2022년으로, 미디어펜은 2018~2020년으로 전한다.",
    summaryZh:
      "2017年12月14日文在寅总统对华国事访问期间，由韩国环境部长官金恩京与中国环境保护部部长李干杰在北京签署的五年期环境合作规划，设立细颗粒物问题常设合作渠道。双方据此在北京设立中韩环境合作中心，于2018年6月25日启用。多数资料称其期限为2018—2022年，Mediapen则称2018—2020年。",
    signedOn: day("2017-12-14"),
    signatories: ["moe-korea", "mep-china"],
    topics: ["fine-dust", "air-pollution"],
    translated: TRANSLATED_BUT_KO,
    citations: [
      w(
        "hani-2017",
        "photo caption at top",
        "Shows Environment Minister Kim Eun-kyung signing at the MOU ceremony in the Great Hall's west hall on the 14th, with both presidents watching.",
        { field: "signedOn" },
      ),
      w("mediapen-2017", "5th paragraph", "Kim Eun-kyung and Li Ganjie signed an environmental cooperation plan.", {
        field: "signatories",
      }),
      w("seoul-2018-03", "3rd paragraph, name in single quotes", "Gives the plan's Korean name.", { field: "titleKo" }),
      w(
        "seoul-2018-03",
        "3rd-4th paragraphs",
        "Names the plan as covering 2018–2022; the sides agreed to run a joint centre in Beijing.",
        {
          field: "titleEn",
        },
      ),
      w("mediapen-2017", "5th paragraph", "Describes the plan as covering 2018–2020.", {
        field: "titleEn",
        stance: "competing",
        claim: "2018–2020",
        note: "Newsworks, Seoul Shinmun (Yonhap) and CRI's Korean service all give 2018–2022, which is kept.",
      }),
      w("newsworks-2017", "5th paragraph", "Describes the plan as 2018–2022, with a standing channel on fine dust.", {
        field: "summaryEn",
      }),
      w(
        "cri-kr-2018-06",
        "2nd paragraph",
        "The centre was founded under the 2018–2022 plan announced after the December 2017 summit.",
        {
          field: "summaryEn",
        },
      ),
    ],
  },
  {
    slug: "health-cooperation-mou-2017",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on health and medical cooperation (2017)",
    titleKo: "보건의료 협력 양해각서(2017)",
    titleZh: "卫生医疗合作谅解备忘录（2017年）",
    summaryEn:
      "Renewed memorandum on health and medical cooperation between Korea's Ministry of Health and Welfare (Minister Park Neung-hoo) and China's National Health and Family Planning Commission (head Li Bin), signed in Beijing during President Moon Jae-in's December 2017 state visit. It updates an earlier health MOU, widening it to the whole health and medical field (per Newsworks); the earlier MOU is not identified.",
    summaryKo:
      "2017년 12월 문재인 대통령의 국빈 방중 중 베이징에서 한국 보건복지부(박능후 장관)와 중국 국가위생계획생육위원회(리빈 주임)가 서명한 보건의료 협력 양해각서 개정본. 기존 보건 양해각서를 보건의료 전 분야로 넓힌 것이며(뉴스웍스), 기존 양해각서가 무엇인지는 자료에 나오지 않는다.",
    summaryZh:
      "2017年12月文在寅总统对华国事访问期间，韩国保健福祉部（长官朴凌厚）与中国国家卫生和计划生育委员会（主任李斌）在北京签署的经更新的卫生医疗合作谅解备忘录。它将原有卫生谅解备忘录扩展至整个卫生医疗领域（据Newsworks）；资料未指明原有备忘录。",
    signedOn: MOON_VISIT_2017_DATE,
    signatories: ["mohw", "nhfpc-china"],
    topics: [],
    translated: TRANSLATED,
    citations: [
      ...moonVisit2017DateCitations("5th paragraph"),
      w("mediapen-2017", "5th paragraph", "Park Neung-hoo and Li Bin signed the health and medical cooperation MOU.", {
        field: "signatories",
      }),
      w(
        "newsworks-2017",
        "6th paragraph",
        "Describes it as an update of the existing health MOU, widening its scope.",
        {
          field: "summaryEn",
        },
      ),
    ],
  },
  {
    slug: "animal-health-quarantine-mou-2017",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on animal health and quarantine cooperation (2017)",
    titleKo: "동물 건강·검역 협력 양해각서(2017)",
    titleZh: "动物卫生与检疫合作谅解备忘录（2017年）",
    summaryEn:
      "Memorandum on cooperation in animal health and quarantine, signed in Beijing during President Moon Jae-in's December 2017 state visit by Korea's Minister of Agriculture, Food and Rural Affairs Kim Yeong-rok and China's Minister of Agriculture, whom the source does not name. The source gives no further content.",
    summaryKo:
      "2017년 12월 문재인 대통령의 국빈 방중 중 베이징에서 김영록 농림축산식품부 장관과 중국 농업부장(자료에 이름이 나오지 않음)이 서명한 동물 건강·검역 협력 양해각서. 자료에는 구체적 내용이 나오지 않는다.",
    summaryZh:
      "2017年12月文在寅总统对华国事访问期间，由韩国农林畜产食品部长官金荣录与中国农业部部长（资料未给出姓名）在北京签署的动物卫生与检疫合作谅解备忘录。资料未给出具体内容。",
    signedOn: MOON_VISIT_2017_DATE,
    signatories: ["mafra", "moa-china"],
    topics: ["plant-animal-quarantine"],
    translated: TRANSLATED,
    citations: [
      ...moonVisit2017DateCitations("6th paragraph"),
      w(
        "mediapen-2017",
        "6th paragraph",
        "Kim Yeong-rok and China's agriculture minister signed the animal health and quarantine MOU.",
        {
          field: "signatories",
        },
      ),
    ],
  },
  {
    slug: "olympic-organizing-committees-mou-2017",
    kind: "mou",
    status: "signed",
    titleEn:
      "MOU on exchange and cooperation between the PyeongChang 2018 and Beijing 2022 Winter Olympic organizing committees",
    titleKo: "2018 평창–2022 베이징 동계올림픽 조직위원회 간 교류·협력 양해각서",
    titleZh: "2018年平昌冬奥会与2022年北京冬奥会组委会交流合作谅解备忘录",
    summaryEn:
      "Memorandum between the two Winter Olympics organizing committees, signed in Beijing during President Moon Jae-in's December 2017 state visit by PyeongChang committee president Lee Hee-beom and Beijing committee president Cai Qi. It provides for Chinese observers at the PyeongChang Games, a briefing in Beijing and the dispatch of Korean experts to share experience (per Asia Today).",
    summaryKo:
      "2017년 12월 문재인 대통령의 국빈 방중 중 베이징에서 이희범 평창 조직위원장과 차이치 베이징 조직위원장이 서명한 두 동계올림픽 조직위원회 간 양해각서. 중국 참관단의 평창 대회 참관, 베이징에서의 설명회, 경험 공유를 위한 한국 전문가 파견을 담았다(아시아투데이).",
    summaryZh:
      "2017年12月文在寅总统对华国事访问期间，由平昌冬奥组委主席李熙范与北京冬奥组委主席蔡奇在北京签署的两届冬奥会组委会之间的谅解备忘录。内容包括中方观察员观摩平昌冬奥会、在北京举办说明会以及韩方派遣专家分享经验（据《亚洲today》）。",
    signedOn: MOON_VISIT_2017_DATE,
    signatories: ["pyeongchang-2018-organizing-committee", "beijing-2022-organizing-committee"],
    topics: ["people-to-people"],
    translated: TRANSLATED,
    citations: [
      ...moonVisit2017DateCitations("last paragraph"),
      w(
        "asiatoday-2017",
        "headline",
        "Report of 14 December 2017 on the signing of the PyeongChang–Beijing Olympic exchange MOU.",
        {
          field: "signedOn",
        },
      ),
      w("mediapen-2017", "last paragraph", "Lee Hee-beom and Cai Qi signed the organizing committees' exchange MOU.", {
        field: "signatories",
      }),
      w(
        "asiatoday-2017",
        "2nd paragraph",
        "The MOU covers Chinese observers, a briefing in Beijing in June and the dispatch of Korean experts.",
        { field: "summaryEn" },
      ),
    ],
  },
  // ---------------------------------------------------------------- 2019–2021
  {
    slug: "air-quality-forecast-exchange-plan-2019",
    kind: "plan",
    status: "signed",
    titleEn:
      "Plan for a cooperation project on exchanging air-quality forecast information and forecasting technology (2019)",
    titleKo: "대기 질 예보정보 및 예보기술 교류 협력사업 방안",
    titleZh: "空气质量预报信息和预报技术交流合作项目方案（2019年）",
    summaryEn:
      "Plan for sharing air-quality forecasts and exchanging forecasting technology, signed in Beijing on 26 February 2019 in the presence of Korea's Environment Minister Cho Myung-rae and China's Minister of Ecology and Environment Li Ganjie, at the talks where the two ministers agreed to meet every year. Reported by the Korean edition of People's China, a Chinese state magazine.",
    summaryKo:
      "대기 질 예보 정보 공유와 예보 기술 교류를 위한 방안으로, 2019년 2월 26일 베이징에서 조명래 환경부 장관과 리간제 생태환경부장이 참석한 가운데 서명되었으며, 이 회담에서 양 장관은 매년 회의를 열기로 했다. 중국 국영 잡지 인민화보의 한국어판이 보도했다.",
    summaryZh:
      "关于共享空气质量预报信息和交流预报技术的方案，于2019年2月26日在北京签署，韩国环境部长官赵明来与生态环境部部长李干杰出席；两位部长在此次会谈中商定每年举行会议。中国国家杂志《人民画报》韩文版对此作了报道。",
    signedOn: day("2019-02-26"),
    signatories: ["moe-korea", "mee-china"],
    topics: ["air-quality-forecasting", "air-pollution"],
    translated: TRANSLATED_BUT_KO,
    citations: [
      w("chinacorea-2019", "1st paragraph, title in <>", "Gives the plan's Korean title.", { field: "titleKo" }),
      w(
        "chinacorea-2019",
        "1st paragraph",
        "On 26 February the two ministers attended the signing of the forecast-information exchange plan and the centre operation plan.",
        { field: "signedOn" },
      ),
      w("chinacorea-2019", "1st paragraph", "Names ministers Cho Myung-rae and Li Ganjie at the signing.", {
        field: "signatories",
      }),
      w(
        "ikld-2019-11",
        "2nd paragraph",
        "The February 2019 talks in Beijing agreed to hold a high-level meeting every year.",
        {
          field: "summaryEn",
        },
      ),
    ],
  },
  {
    slug: "environmental-cooperation-center-operation-plan-2019",
    kind: "plan",
    status: "signed",
    titleEn: "Plan for operating the Korea–China Environmental Cooperation Center (2019)",
    titleKo: "중·한 환경협력센터 운용사업 방안",
    titleZh: "中韩环境合作中心运营项目方案（2019年）",
    summaryEn:
      "Plan for running the Korea–China Environmental Cooperation Center, opened in Beijing in June 2018, signed on 26 February 2019 at the Beijing talks of Korea's Environment Minister Cho Myung-rae and China's Minister of Ecology and Environment Li Ganjie, together with the plan on air-quality forecast exchange. Reported by the Korean edition of People's China, a Chinese state magazine.",
    summaryKo:
      "2018년 6월 베이징에 문을 연 한·중 환경협력센터의 운영 방안으로, 2019년 2월 26일 베이징에서 열린 조명래 환경부 장관과 리간제 생태환경부장의 회담에서 대기 질 예보 교류 방안과 함께 서명되었다. 중국 국영 잡지 인민화보의 한국어판이 보도했다.",
    summaryZh:
      "2018年6月在北京启用的中韩环境合作中心的运营方案，于2019年2月26日韩国环境部长官赵明来与生态环境部部长李干杰在北京会谈时，与空气质量预报交流方案一同签署。中国国家杂志《人民画报》韩文版对此作了报道。",
    signedOn: day("2019-02-26"),
    signatories: ["moe-korea", "mee-china"],
    topics: [],
    translated: TRANSLATED_BUT_KO,
    citations: [
      w("chinacorea-2019", "1st paragraph, title in <>", "Gives the plan's Korean title.", { field: "titleKo" }),
      w("chinacorea-2019", "1st paragraph", "The second document signed at the ministers' talks of 26 February 2019.", {
        field: "signedOn",
      }),
      w("chinacorea-2019", "1st paragraph", "Names ministers Cho Myung-rae and Li Ganjie at the signing.", {
        field: "signatories",
      }),
      w("etoday-2018-06", "2nd-6th paragraphs", "The centre opened in Beijing on 25 June 2018.", {
        field: "summaryEn",
      }),
    ],
  },
  {
    slug: "currency-swap-2020",
    kind: "arrangement",
    status: "expired",
    titleEn: "Renewal and enlargement of the Korean won–Chinese yuan bilateral currency swap arrangement (2020)",
    titleKo: "원·위안 양자 통화스와프 연장·확대(2020)",
    titleZh: "韩元—人民币双边货币互换续签并扩大（2020年）",
    summaryEn:
      "Renewal of the two central banks' won–yuan swap, enlarged from 64 trillion won (360 billion yuan) to 70 trillion won (400 billion yuan) for five years, from 11 October 2020 to 10 October 2025, as the Bank of Korea announced on 22 October 2020. The Korea Herald notes that the swap had by then been extended three times by three years and enlarged once, in 2011. Its term ended on 10 October 2025.",
    summaryKo:
      "두 중앙은행의 원·위안 통화스와프 연장으로, 규모를 64조 원(3,600억 위안)에서 70조 원(4,000억 위안)으로 늘리고 기간을 2020년 10월 11일부터 2025년 10월 10일까지 5년으로 했다고 한국은행이 2020년 10월 22일 발표했다. 코리아헤럴드는 그때까지 통화스와프가 3년씩 세 차례 연장되고 2011년 한 차례 확대되었다고 전한다. 계약 기간은 2025년 10월 10일 끝났다.",
    summaryZh:
      "两国央行韩元—人民币互换的续签：据韩国银行2020年10月22日公布，规模由64万亿韩元（3600亿元人民币）扩大至70万亿韩元（4000亿元人民币），期限五年，自2020年10月11日至2025年10月10日。《韩国先驱报》指出，此前该互换已三次各延期三年，并于2011年扩大一次。其期限于2025年10月10日届满。",
    signedOn: month(
      "2020-10",
      "The Bank of Korea's press release announcing the renewal is dated 22 October 2020 and gives the new term as starting on 11 October 2020; no source gives the day of signing, so the month is recorded.",
    ),
    effectiveOn: day("2020-10-11"),
    expiresOn: day("2025-10-10"),
    previous: "currency-swap-2017",
    relation: "updates",
    signatories: ["bok", "pboc"],
    topics: ["currency-swap"],
    translated: TRANSLATED,
    aliases: ["Korea-China Currency Swap Renewal"],
    citations: [
      w(
        "bok-swap-2020",
        "body text",
        "The Bank of Korea's release of 22 October 2020 announces the renewal with the People's Bank of China.",
        {
          field: "signedOn",
        },
      ),
      w(
        "kh-swap-2020",
        "headline",
        "Report of 22 October 2020 that the two countries extended and expanded the swap.",
        {
          field: "signedOn",
        },
      ),
      w(
        "bok-swap-2020",
        "body text",
        "The renewed and enlarged swap (70 trillion won / 400 billion yuan) runs from 11 October 2020 to 10 October 2025.",
        { field: "effectiveOn" },
      ),
      w("bok-swap-2020", "body text", "The new term ends on 10 October 2025.", { field: "expiresOn" }),
      w("bok-swap-2020", "body text", "The two central banks of Korea and China are the parties to the renewal.", {
        field: "signatories",
      }),
      w(
        "kh-swap-2020",
        "3rd paragraph",
        "Notes the swap was extended three times by three years and enlarged in 2011.",
        {
          field: "previous",
        },
      ),
      w("bok-swap-2020", "body text", "The five-year term ends on 10 October 2025, hence recorded as expired."),
    ],
  },
  {
    slug: "navy-airforce-hotline-mou-revision-2021",
    kind: "mou",
    status: "signed",
    titleEn:
      "Revision of the MOU on direct telephone lines between the Korean and Chinese navies and air forces (2021)",
    titleKo: "한·중 해·공군간 직통전화 양해각서 개정안",
    titleZh: "中韩海空军直通电话谅解备忘录（修订案，2021年）",
    summaryEn:
      "Revision of the 2008 navy and air force hotline MOU, signed on 2 March 2021 after the 19th Korea–China defence policy working meeting by Kim Sang-jin, Director General for International Policy at Korea's Ministry of National Defense, and Ci Guowei, Director of the Office for International Military Cooperation of China's defence ministry. It adds two hotlines with the navy and air force of the PLA's Eastern Theater, bringing the military hotlines between the two countries to five.",
    summaryKo:
      "2008년 해·공군 직통전화 양해각서의 개정안으로, 2021년 3월 2일 제19차 한·중 국방정책실무회의 뒤 김상진 국방부 국제정책관과 츠궈웨이 중국 국방부 국제군사협력판공실 주임이 서명했다. 중국 인민해방군 동부전구 해군·공군과의 직통전화 2개 회선을 추가해 양국 간 군 직통전화를 5개로 늘린다.",
    summaryZh:
      "2008年海空军直通电话谅解备忘录的修订案，于2021年3月2日第十九次中韩国防政策工作会谈后，由韩国国防部国际政策官Kim Sang-jin与中国国防部国际军事合作办公室主任慈国巍签署。修订案增加两条与中国人民解放军东部战区海军、空军的直通电话，使两国间军事直通电话增至五条。",
    signedOn: day("2021-03-02"),
    previous: "navy-airforce-hotline-mou-2008",
    relation: "updates",
    signatories: ["mnd-korea", "mnd-china"],
    topics: ["defence-communication"],
    translated: TRANSLATED_BUT_KO,
    citations: [
      w(
        "news1-hotline-2021",
        "4th paragraph, name in quotes followed by 개정안",
        "Gives the Korean name of the revised MOU.",
        {
          field: "titleKo",
        },
      ),
      w(
        "news1-hotline-2021",
        "3rd-6th paragraphs",
        "After the policy meeting the revised hotline MOU was signed; two Eastern Theater lines are to be added, five in total.",
        { field: "signedOn" },
      ),
      w("ekn-hotline-2021", "1st paragraph", "Kim Sang-jin and Ci Guowei signed the revised MOU on the 2nd.", {
        field: "signatories",
      }),
      w(
        "news1-hotline-2021",
        "3rd-6th paragraphs",
        "Adds two hotlines with the Eastern Theater navy and air force, five in all.",
        {
          field: "summaryEn",
        },
      ),
      w(
        "news1-hotline-2021",
        "5th paragraph",
        "The revision amends the navy and air force hotline MOU of November 2008.",
        {
          field: "previous",
        },
      ),
    ],
  },
];

// ---------------------------------------------------------------- dialogues

/** The News1 report on the first supply-chain hotline meeting shows no date. */
const NEWS1_DECEMBER_2023 =
  "The News1 report on the first supply-chain hotline meeting shows no date; it places the trade ministers' San Francisco talks “on the 14th of last month”, which KBS World dates to November 2023, so the report and the days it gives are of December 2023.";

/** The Ministry of Trade, Industry and Energy's reference release lists meetings as month.day. */
const MOTIE_2024_SUMMARY =
  "The Ministry of Trade, Industry and Energy's reference release (reposted) lists the year's high-level meetings with China by month and day; its 1st paragraph says it reviews the 2024 results of cooperation (as of Thursday 12 December), so the days fall in 2024.";

export const earlierDialogues: SeedDialogue[] = [
  {
    slug: "environmental-cooperation-joint-committee",
    nameEn: "Korea–China Joint Committee on Environmental Cooperation",
    nameKo: "한·중 환경협력공동위원회",
    nameZh: "中韩环境合作联合委员会",
    format: "bilateral",
    level: "director_general",
    cadence: "annual",
    sector: "environment-climate",
    agreement: "environmental-cooperation-agreement-1993",
    participants: ["mofa-korea", "mee-china", "mep-china"],
    summaryEn:
      "Joint committee set up under the 1993 environmental cooperation agreement, meeting once a year in the two countries in turn, with director-general-level heads of delegation from Korea's foreign ministry and China's environment ministry (the Ministry of Environmental Protection, now the Ministry of Ecology and Environment). Its 23rd meeting, in Seoul in January 2019, focused on fine dust and followed a director-general-level environmental meeting the day before.",
    summaryKo:
      "1993년 환경협력협정에 따라 설치된 공동위원회로, 매년 양국을 번갈아 열리며 한국 외교부와 중국 환경 부처(환경보호부, 현 생태환경부)의 국장급 인사가 대표단을 이끈다. 2019년 1월 서울에서 열린 제23차 회의는 미세먼지를 중점적으로 다뤘으며, 전날 국장급 환경 회의가 먼저 열렸다.",
    summaryZh:
      "根据1993年环境合作协定设立的联合委员会，每年在两国轮流举行，由韩国外交部和中国环境部门（环境保护部，现生态环境部）的司局级官员率团。2019年1月在首尔举行的第23次会议以细颗粒物为重点，前一天先举行了司局级环境会议。",
    meetings: [
      meeting({
        slug: "environmental-cooperation-joint-committee-16",
        number: 16,
        heldOn: month(
          "2011-08",
          "The China Environment News item, whose URL path carries 20110829 (the page shows no date), says the 16th session was held “recently”; read as August 2011.",
        ),
        ...place("xiamen"),
        citations: [
          w(
            "cncmrn-jc-2011",
            "1st paragraph",
            "The 16th session was held recently in Xiamen, chaired by Xu Qinghua and Han Dong-man.",
            {
              field: "heldOn",
            },
          ),
          w("cncmrn-jc-2011", "1st paragraph", "Gives Xiamen as the place.", { field: "placeEn" }),
          w("cncmrn-jc-2011", "1st paragraph", "Calls it the 16th session of the joint committee.", {
            field: "number",
          }),
        ],
      }),
      meeting({
        slug: "environmental-cooperation-joint-committee-21",
        number: 21,
        heldOn: day("2016-11-23"),
        citations: [
          w(
            "newswire-mofa-jc21",
            "headline and 1st paragraph",
            "The foreign ministry announced the 21st joint committee for Wednesday the 23rd in Seoul, after the 1st DG dialogue on the 22nd, led by Lee Hyung-jong and, for China, Song Xiaozhi (acting).",
            {
              field: "number",
              note: "The page romanises the Chinese head as Song Xiazhi (송 샤오즈); our spelling is kept.",
            },
          ),
          w(
            "newswire-mofa-jc21",
            "headline and 1st paragraph",
            "The meeting is set for Wednesday 23 November 2016 (release of 21 November 2016).",
            {
              field: "heldOn",
            },
          ),
        ],
      }),
      meeting({
        slug: "environmental-cooperation-joint-committee-23",
        number: 23,
        heldOn: day("2019-01-23"),
        ...place("lotteSeoul"),
        citations: [
          w(
            "mofa-jc23-2019",
            "point 1",
            "The joint committee met on 23 January (2019) and a director-general-level meeting on 22 January, at a Seoul hotel, on fine dust.",
            { field: "heldOn" },
          ),
          w("mofa-jc23-2019", "point 1", "Gives the Seoul hotel as the venue.", { field: "placeEn" }),
          w("kbs-jc23-2019", "1st-2nd sentences", "Seoul was to host the 23rd joint committee the following week.", {
            field: "number",
          }),
        ],
      }),
    ],
    translated: TRANSLATED_SUMMARIES,
    aliases: ["ROK-China Joint Committee on Environmental Cooperation"],
    citations: [
      w("newswire-mofa-jc21", "headline", "Gives the joint committee's Korean name.", { field: "nameKo" }),
      w("cncmrn-jc-2011", "1st paragraph", "Gives the joint committee's Chinese name.", { field: "nameZh" }),
      w(
        "newswire-mofa-jc21",
        "5th (last) paragraph",
        "The committee has met yearly, in rotation, under the 1993 agreement.",
        {
          field: "cadence",
        },
      ),
      w(
        "cncmrn-jc-2011",
        "last paragraph",
        "Set up under the October 1993 agreement; meets once a year, alternately in each country.",
        {
          field: "cadence",
        },
      ),
      w(
        "cncmrn-jc-2011",
        "last paragraph",
        "The committee was established under the 1993 environmental cooperation agreement.",
        {
          field: "agreement",
        },
      ),
      w("cncmrn-jc-2011", "1st paragraph", "The two heads of delegation are director-general-level officials.", {
        field: "level",
      }),
      w(
        "mofa-jc23-2019",
        "title",
        "The ROK foreign ministry reports the outcome of the 23rd meeting of the joint committee.",
        {
          field: "participants",
          note: "Names the foreign ministry and China's Ministry of Ecology and Environment; the earlier Ministry of Environmental Protection rests on the 2011 report.",
        },
      ),
      w(
        "cncmrn-jc-2011",
        "1st paragraph",
        "China's side was led by the Ministry of Environmental Protection in 2011.",
        {
          field: "participants",
        },
      ),
    ],
  },
  {
    slug: "vice-foreign-ministers-strategic-dialogue",
    nameEn: "Korea–China strategic dialogue of the vice foreign ministers",
    nameKo: "한·중 외교차관 전략대화",
    nameZh: "中韩副外长级战略对话",
    format: "bilateral",
    // Vice-ministerial: "minister" is the nearest level of the vocabulary.
    level: "minister",
    cadence: "unknown",
    sector: "diplomacy-security",
    agreement: "joint-statement-strategic-cooperative-partnership-2008",
    participants: ["mofa-korea", "mofa-china"],
    summaryEn:
      "High-level strategic dialogue between the two foreign ministries, led by vice foreign ministers, agreed by the leaders in May 2008 and first held in Beijing in December 2008. People's Daily (2012) calls it annual, with the capitals taking turns, while the June 2013 joint statement provided for it twice a year; the meetings found are uneven (yearly to 2012, then 2017, 2021 and 2024), so its cadence is recorded as not stated. Its 10th meeting, in Seoul, followed the May 2024 Yoon–Li talks.",
    summaryKo:
      "양국 외교부 간 고위급 전략대화로 외교차관이 이끌며, 2008년 5월 정상 간 합의로 설치되어 2008년 12월 베이징에서 처음 열렸다. 인민일보(2012)는 양국 수도를 번갈아 매년 열린다고 하고 2013년 6월 공동성명은 연 2회를 규정했으나, 찾은 회의는 고르지 않아(2012년까지 매년, 이후 2017·2021·2024년) 주기는 자료에 나오지 않는 것으로 기록한다. 제10차 회의는 2024년 5월 윤석열–리창 회담 뒤 서울에서 열렸다.",
    summaryZh:
      "两国外交部门之间的高级别战略对话，由副外长率领，于2008年5月经两国领导人商定设立，2008年12月在北京首次举行。《人民日报》（2012年）称其每年在两国首都轮流举行，2013年6月联合声明则规定每年两次；所找到的会议分布不均（2012年前每年一次，此后为2017、2021和2024年），因此周期记为资料未说明。第十次对话在2024年5月尹锡悦与李强会谈后于首尔举行。",
    meetings: [
      meeting({
        slug: "vice-foreign-ministers-strategic-dialogue-1",
        number: 1,
        heldOn: month("2008-12"),
        ...place("beijing"),
        citations: [
          w("gt-stratdialogue-2012", "last paragraph", "The first dialogue was held in Beijing in December 2008.", {
            field: "heldOn",
          }),
          w("gt-stratdialogue-2012", "last paragraph", "Gives Beijing as the place of the first dialogue.", {
            field: "placeEn",
          }),
          w(
            "ktv-stratdialogue-1",
            "1st-2nd sentences",
            "Kwon Jong-rak and Wang Guangya held the first high-level strategic dialogue in Beijing.",
            { field: "number" },
          ),
        ],
      }),
      meeting({
        slug: "vice-foreign-ministers-strategic-dialogue-2",
        number: 2,
        heldOn: month("2009-04"),
        ...place("seoul"),
        citations: [
          w("gt-stratdialogue-2012", "last paragraph", "The second dialogue was held in Seoul in April 2009.", {
            field: "heldOn",
          }),
          w("gt-stratdialogue-2012", "last paragraph", "Gives Seoul as the place of the second dialogue.", {
            field: "placeEn",
          }),
        ],
      }),
      meeting({
        slug: "vice-foreign-ministers-strategic-dialogue-3",
        number: 3,
        heldOn: month("2010-09"),
        ...place("beijing"),
        citations: [
          w("gt-stratdialogue-2012", "last paragraph", "The third dialogue was held in Beijing in September 2010.", {
            field: "heldOn",
          }),
          w("gt-stratdialogue-2012", "last paragraph", "Gives Beijing as the place of the third dialogue.", {
            field: "placeEn",
          }),
        ],
      }),
      meeting({
        slug: "vice-foreign-ministers-strategic-dialogue-4",
        number: 4,
        heldOn: month("2011-12"),
        ...place("seoul"),
        citations: [
          w("gt-stratdialogue-2012", "last paragraph", "The fourth dialogue was held in Seoul in December 2011.", {
            field: "heldOn",
          }),
          w("gt-stratdialogue-2012", "last paragraph", "Gives Seoul as the place of the fourth dialogue.", {
            field: "placeEn",
          }),
        ],
      }),
      meeting({
        slug: "vice-foreign-ministers-strategic-dialogue-5",
        number: 5,
        heldOn: day("2012-11-26"),
        ...place("beijing"),
        citations: [
          w(
            "people-stratdialogue-2012",
            "1st-2nd paragraphs",
            "The fifth dialogue was held on Monday 26 November 2012 in Beijing, by Zhang Zhijun and Ahn Ho-young.",
            { field: "heldOn" },
          ),
          w("people-stratdialogue-2012", "1st-2nd paragraphs", "Gives Beijing as the place.", { field: "placeEn" }),
          w("gt-stratdialogue-2012", "headline", "Announces the 5th diplomatic strategic talks.", { field: "number" }),
        ],
      }),
      meeting({
        slug: "vice-foreign-ministers-strategic-dialogue-8",
        number: 8,
        ...place("beijing"),
        citations: [
          w(
            "gt-stratdialogue-8",
            "1st-2nd paragraphs",
            "Announces the eighth dialogue in Beijing on a Tuesday, co-chaired by Zhang Yesui and Lim Sung-nam; the page shows no date.",
          ),
          w("gt-stratdialogue-8", "1st-2nd paragraphs", "Gives Beijing as the place.", { field: "placeEn" }),
          w("gt-stratdialogue-8", "1st-2nd paragraphs", "Calls it the eighth dialogue.", { field: "number" }),
        ],
      }),
      meeting({
        slug: "vice-foreign-ministers-strategic-dialogue-9",
        number: 9,
        heldOn: day(
          "2021-12-23",
          "People's Daily Online of 22 December 2021 announces the dialogue for Thursday; the Thursday after 22 December 2021 was 23 December.",
        ),
        ...place("video"),
        citations: [
          w(
            "people-stratdialogue-9",
            "1st-2nd paragraphs",
            "The ninth dialogue, by video on Thursday, co-chaired by Le Yucheng and Choi Jong-kun.",
            { field: "heldOn", note: "An announcement of the meeting; no report of it afterwards was found." },
          ),
          w("people-stratdialogue-9", "1st-2nd paragraphs", "The dialogue is held by video link.", {
            field: "placeEn",
          }),
          w("people-stratdialogue-9", "headline", "Calls it the 9th high-level strategic dialogue.", {
            field: "number",
          }),
        ],
      }),
      meeting({
        slug: "vice-foreign-ministers-strategic-dialogue-10",
        number: 10,
        ...place("seoul"),
        citations: [
          w(
            "ktv-stratdialogue-10",
            "1st-2nd sentences",
            "Advance notice: Kim Hong-kyun will hold the 10th dialogue with Ma Zhaoxu in Seoul on the 24th (month not shown), restarting channels agreed with Li Qiang.",
            { field: "number" },
          ),
          w("ktv-stratdialogue-10", "1st-2nd sentences", "Gives Seoul as the place.", { field: "placeEn" }),
        ],
      }),
    ],
    translated: ["nameZh", "summaryKo", "summaryZh"],
    aliases: ["China–ROK high-level strategic dialogue", "Korea–China diplomatic strategic dialogue"],
    citations: [
      w("ktv-stratdialogue-10", "1st sentence", "Gives the dialogue's Korean name.", { field: "nameKo" }),
      w("gt-stratdialogue-2012", "4th paragraph", "The dialogue began in 2008 by agreement of the two leaders.", {
        field: "agreement",
      }),
      w(
        "mfa-2008-05",
        "section I",
        "The May 2008 statement agreed a high-level strategic dialogue of the foreign ministries.",
        {
          field: "agreement",
        },
      ),
      w("people-stratdialogue-2012", "last paragraph", "The capitals take turns hosting the annual dialogue.", {
        field: "cadence",
        stance: "competing",
        claim: "annual, the capitals in turn",
        note: "The June 2013 statement asked for two meetings a year, and the meetings found (2008–2012 yearly, then 2017, 2021, 2024) follow neither; recorded as not stated.",
      }),
      w(
        "seoul-2013-06",
        "political-security section",
        "The 2013 statement provides for the vice-minister strategic dialogue twice a year.",
        {
          field: "cadence",
          stance: "competing",
          claim: "twice a year",
          note: "A plan in the June 2013 statement; no source shows two meetings in any year.",
        },
      ),
      w("ktv-stratdialogue-10", "1st sentence", "The dialogue is held between the vice foreign ministers.", {
        field: "level",
      }),
    ],
  },
  {
    slug: "diplomatic-security-dialogue",
    nameEn: "Korea–China diplomatic and security dialogue (2+2)",
    nameKo: "한중 외교안보대화",
    nameZh: "中韩外交安全对话（2+2）",
    format: "bilateral",
    // Vice-ministerial on the foreign side since 2024: "minister" is the nearest level.
    level: "minister",
    cadence: "unknown",
    sector: "diplomacy-security",
    participants: ["mofa-korea", "mnd-korea", "mofa-china", "mnd-china"],
    summaryEn:
      "Dialogue of the foreign and defence authorities of both countries, set up at director-general level in 2002 and held five times at that level (including in 2013 and 2015), per the PRC foreign ministry. Its upgrade, agreed in 2020, was confirmed at the May 2024 Yoon–Li talks: the first vice-ministerial 2+2 was held in Seoul on 18 June 2024, after nine years, with vice foreign ministers Kim Hong-kyun and Sun Weidong and defence officials Lee Seung-beom and Zhang Baoqun. No source states how often it meets.",
    summaryKo:
      "양국 외교·국방 당국 간 대화로, 중국 외교부에 따르면 2002년 국장급으로 설치되어 그 급에서 다섯 차례(2013년과 2015년 포함) 열렸다. 2020년 합의된 격상이 2024년 5월 윤석열–리창 회담에서 확인되어, 2024년 6월 18일 서울에서 9년 만에 첫 차관급 2+2 대화가 김홍균·쑨웨이둥 외교차관과 이승범·장바오췬 국방 당국자가 참석한 가운데 열렸다. 개최 주기는 자료에 나오지 않는다.",
    summaryZh:
      "两国外交和国防部门之间的对话；据中国外交部，该机制于2002年以司局级设立，在该级别举行过五次（包括2013年和2015年）。2020年商定的升格在2024年5月尹锡悦与李强会谈时得到确认：首次副部长级“2+2”对话于2024年6月18日在首尔举行，时隔九年，副外长金洪均、孙卫东及国防官员Lee Seung-beom、张保群出席。资料未说明其举行周期。",
    meetings: [
      meeting({
        slug: "diplomatic-security-dialogue-2002",
        number: 1,
        heldOn: month(
          "2002-10",
          "The Korea Economic Daily of 25 September 2002 says the first meeting was planned in Beijing in October; the PRC foreign ministry (via CRI) says the dialogue was set up in 2002.",
        ),
        ...place("beijing"),
        citations: [
          w(
            "hk-2plus2-2002",
            "1st-2nd sentences",
            "The first director-general-level diplomatic and defence security meeting was planned in Beijing in October.",
            { field: "heldOn" },
          ),
          w("cri-2plus2-2024", "3rd paragraph", "The director-general-level 2+2 was set up in 2002.", {
            field: "heldOn",
          }),
          w("hk-2plus2-2002", "1st-2nd sentences", "Gives Beijing as the planned place.", { field: "placeEn" }),
          w("hk-2plus2-2002", "1st-2nd sentences", "Calls it the first such meeting.", { field: "number" }),
        ],
      }),
      meeting({
        slug: "diplomatic-security-dialogue-2013",
        heldOn: year("2013"),
        citations: [
          w(
            "ajunews-2plus2-2024",
            "second-to-last paragraph",
            "The dialogue was held at director-general level in 2013.",
            {
              field: "heldOn",
            },
          ),
        ],
      }),
      meeting({
        slug: "diplomatic-security-dialogue-2015",
        heldOn: year("2015"),
        citations: [
          w(
            "ajunews-2plus2-2024",
            "second-to-last paragraph",
            "The dialogue was held at director-general level in 2015.",
            {
              field: "heldOn",
            },
          ),
          w(
            "kiep-2plus2-2024",
            "2nd-3rd bullets",
            "The dialogue stopped after its 2015 meeting; the 2024 one resumed it after nine years.",
            {
              field: "heldOn",
            },
          ),
        ],
      }),
      meeting({
        slug: "diplomatic-security-dialogue-2024",
        heldOn: day("2024-06-18"),
        ...place("seoul"),
        citations: [
          w(
            "ytn-2plus2-2024",
            "1st-2nd paragraphs",
            "Held in Seoul on 18 June with Kim Hong-kyun, Lee Seung-beom, Sun Weidong and Zhang Baoqun heading the delegations.",
            { field: "heldOn" },
          ),
          w("ytn-2plus2-2024", "headline", "The dialogue is held in Seoul.", { field: "placeEn" }),
          w("kiep-2plus2-2024", "1st-2nd bullets", "Resumed after nine years; the first at vice-minister level.", {
            field: "heldOn",
          }),
        ],
      }),
    ],
    translated: ["nameZh", "summaryKo", "summaryZh"],
    aliases: ["2+2 dialogue", "외교안보 2+2 대화"],
    citations: [
      w("ytn-2plus2-2024", "headline", "Gives the dialogue's Korean name.", { field: "nameKo" }),
      w(
        "cri-2plus2-2024",
        "3rd paragraph",
        "PRC foreign ministry: the DG-level 2+2 was set up in 2002, met five times, and its upgrade was agreed in 2020.",
        {
          field: "summaryEn",
        },
      ),
      w(
        "ajunews-2plus2-2024",
        "second-to-last paragraph",
        "Held at director-general level in 2013 and 2015; the June 2024 one is the first at vice-minister level.",
        {
          field: "level",
        },
      ),
      w("cri-2plus2-2024", "headline", "Calls the June 2024 meeting the first vice-ministerial 2+2 dialogue.", {
        field: "level",
      }),
      w(
        "kmib-2024-05",
        "2nd paragraph",
        "The dialogue brings a vice foreign minister and a defence ministry director-general-level official.",
        {
          field: "participants",
        },
      ),
      w(
        "khan-2024-05",
        "2nd-8th paragraphs",
        "The May 2024 Yoon–Li talks agreed to create the 2+2 diplomatic and security dialogue.",
        {
          field: "summaryEn",
        },
      ),
    ],
  },
  {
    slug: "fta-services-investment-negotiations",
    nameEn: "Korea–China FTA second-stage negotiations on services and investment",
    nameKo: "한중 FTA 서비스·투자 후속협상",
    nameZh: "中韩自贸协定第二阶段谈判",
    format: "bilateral",
    level: "director_general",
    cadence: "unknown",
    sector: "trade-investment",
    agreement: "fta-services-investment-negotiations-mou-2017",
    participants: ["motie", "mofcom"],
    summaryEn:
      "Follow-up negotiations to extend the 2015 FTA to services, on a negative-list basis, and to investment, launched by the December 2017 MOU and led by chief negotiators of Korea's trade ministry and China's Ministry of Commerce. Nine formal rounds were held from 2018 (per the Ministry of Commerce in July 2022 and the Korea JoongAng Daily); after the May 2024 Yoon–Li talks agreed to resume them, the talks restarted in Seoul in January 2025. The sources number the later rounds differently.",
    summaryKo:
      "2015년 FTA를 서비스(네거티브 방식)와 투자로 넓히기 위한 후속협상으로, 2017년 12월 양해각서로 개시되었으며 한국 산업통상자원부와 중국 상무부의 수석대표가 이끈다. 2018년부터 공식 협상이 아홉 차례 열렸고(2022년 7월 중국 상무부, 코리아중앙데일리), 2024년 5월 윤석열–리창 회담에서 재개에 합의한 뒤 2025년 1월 서울에서 다시 시작되었다. 이후 회차 번호는 자료마다 다르다.",
    summaryZh:
      "将2015年自贸协定扩展至服务贸易（负面清单方式）和投资的后续谈判，由2017年12月谅解备忘录启动，由韩国产业通商资源部和中国商务部首席谈判代表主持。自2018年起共举行九轮正式谈判（据2022年7月中国商务部及《韩国中央日报》英文版）；2024年5月尹锡悦与李强会谈商定恢复谈判后，谈判于2025年1月在首尔重启。各资料对此后轮次的编号不一。",
    meetings: [
      meeting({
        slug: "fta-services-investment-negotiations-1",
        number: 1,
        heldOn: day(
          "2018-03-22",
          "The page gives 22 March without a year; the talks were launched by the December 2017 MOU and the Korea JoongAng Daily dates the first nine meetings to 2018–2020, so 2018.",
        ),
        citations: [
          w(
            "bjqnly-fta2-2018",
            "1st sentence",
            "Says the first round of the talks started on 22 March (low-trust reposting site).",
            {
              field: "heldOn",
            },
          ),
          w("bjqnly-fta2-2018", "1st sentence", "Calls it the first round.", { field: "number" }),
        ],
      }),
      meeting({
        slug: "fta-services-investment-negotiations-7",
        number: 7,
        heldOn: day("2020-05-26"),
        ...place("video"),
        citations: [
          w(
            "asiae-fta2-2020",
            "3rd-5th paragraphs",
            "The 7th follow-up round was held by video over four days from 26 May, led by Lee Kyung-sik and Yang Zhengwei.",
            { field: "heldOn" },
          ),
          w("asiae-fta2-2020", "3rd-5th paragraphs", "The round is held by videoconference.", { field: "placeEn" }),
          w("asiae-fta2-2020", "3rd-5th paragraphs", "Calls it the 7th round.", { field: "number" }),
        ],
      }),
      meeting({
        slug: "fta-services-investment-negotiations-2022-07",
        heldOn: day("2022-07-13"),
        ...place("video"),
        citations: [
          w("yna-fta2-2022", "2nd paragraph", "Follow-up negotiations held by teleconference on 13 July 2022.", {
            field: "heldOn",
            note: "Yonhap calls this the 10th round; the Ministry of Commerce still counted nine formal rounds later that month, so no number is recorded.",
          }),
          w("yna-fta2-2022", "2nd paragraph", "Held by teleconference.", { field: "placeEn" }),
        ],
      }),
      meeting({
        slug: "fta-services-investment-negotiations-10",
        number: 10,
        heldOn: day(
          "2025-01-15",
          "The Korea JoongAng Daily of 16 January 2025 says the talks began on Wednesday in Seoul, for three days; the Wednesday before 16 January 2025 was 15 January.",
        ),
        ...place("seoul"),
        citations: [
          w(
            "joongang-fta2-2025",
            "2nd-3rd paragraphs",
            "The 10th talks began on Wednesday in Seoul for three days, after nine meetings in 2018–2020.",
            { field: "heldOn" },
          ),
          w("joongang-fta2-2025", "2nd-3rd paragraphs", "Gives Seoul as the place.", { field: "placeEn" }),
          w("joongang-fta2-2025", "2nd-3rd paragraphs", "Calls the January 2025 talks the 10th.", { field: "number" }),
          w("yna-fta2-2022", "2nd paragraph", "Calls the teleconference of 13 July 2022 the 10th round.", {
            field: "number",
            stance: "competing",
            claim: "10th round: 13 July 2022",
            note: "The Ministry of Commerce counted nine formal rounds as of late July 2022, which agrees with the JoongAng Daily's numbering, kept here.",
          }),
        ],
      }),
    ],
    translated: ["nameZh", "summaryKo", "summaryZh"],
    aliases: ["Korea–China FTA phase two", "한중 FTA 2단계 협상"],
    citations: [
      w("newsworks-2017", "3rd paragraph", "Gives the Korean name of the follow-up negotiations.", { field: "nameKo" }),
      w(
        "hkcd-fta2-2022",
        "2nd paragraph",
        "The Ministry of Commerce says the talks use a negative list and that nine formal rounds have been held (traditional-script page).",
        { field: "summaryEn" },
      ),
      w("mediapen-2017", "2nd paragraph", "The December 2017 MOU launched the services and investment talks.", {
        field: "agreement",
      }),
      w(
        "khan-2024-05",
        "2nd-8th paragraphs",
        "The May 2024 Yoon–Li talks agreed to resume the second stage of FTA talks.",
        {
          field: "summaryEn",
        },
      ),
      w(
        "asiae-fta2-2020",
        "3rd-5th paragraphs",
        "The rounds are led by chief negotiators of the two trade ministries.",
        { field: "level" },
      ),
    ],
  },
  {
    slug: "fta-joint-committee",
    nameEn: "Korea–China FTA Joint Committee",
    nameKo: "한중 자유무역협정(FTA) 공동위원회",
    nameZh: "中韩自贸协定联合委员会",
    format: "bilateral",
    // Vice-ministerial co-chairs: "minister" is the nearest level.
    level: "minister",
    cadence: "unknown",
    sector: "trade-investment",
    agreement: "korea-china-fta-2015",
    participants: ["motie", "mofcom"],
    summaryEn:
      "Joint committee of the 2015 Korea–China FTA, co-chaired at vice-minister level by China's vice commerce minister and Korea's trade negotiation chief. Its 5th meeting, in Beijing in December 2023, agreed supply-chain efforts, of which the first supply-chain hotline meeting later that month was a part (per News1); its 6th, in Seoul in December 2024, was co-chaired by Wang Shouwen and Cheong In-kyo. No source states how often it meets.",
    summaryKo:
      "2015년 한·중 FTA의 공동위원회로, 중국 상무부 부부장과 한국 통상교섭본부장이 차관급에서 공동 주재한다. 2023년 12월 베이징에서 열린 제5차 회의는 공급망 협력 강화에 합의했으며 같은 달 첫 공급망 핫라인 회의도 그 일환으로 열렸고(뉴스1), 2024년 12월 서울에서 열린 제6차 회의는 왕서우원과 정인교가 공동 주재했다. 개최 주기는 자료에 나오지 않는다.",
    summaryZh:
      "2015年中韩自贸协定的联合委员会，由中国商务部副部长与韩国通商交涉本部长以副部长级共同主持。2023年12月在北京举行的第五次会议就加强供应链合作达成一致，同月首次供应链热线会议即为其一部分（据News1）；2024年12月在首尔举行的第六次会议由王受文和郑仁教共同主持。资料未说明其举行周期。",
    meetings: [
      meeting({
        slug: "fta-joint-committee-5",
        number: 5,
        heldOn: day("2023-12-04", NEWS1_DECEMBER_2023),
        ...place("beijing"),
        citations: [
          w(
            "news1-hotline-sc-2023",
            "3rd paragraph",
            "Refers to the 5th FTA joint committee held in Beijing on the 4th.",
            {
              field: "heldOn",
            },
          ),
          w("news1-hotline-sc-2023", "3rd paragraph", "Gives Beijing as the place.", { field: "placeEn" }),
          w("news1-hotline-sc-2023", "3rd paragraph", "Calls it the 5th joint committee.", { field: "number" }),
        ],
      }),
      meeting({
        slug: "fta-joint-committee-6",
        number: 6,
        heldOn: day(
          "2024-12-09",
          `${MOTIE_2024_SUMMARY} It gives the joint committee as “12.9” in Seoul, and The Diplomatic Insight says the 6th meeting in Seoul was on a Monday: 9 December 2024 was a Monday.`,
        ),
        ...place("seoul"),
        citations: [
          w(
            "tdi-fta-jc",
            "1st-2nd paragraphs",
            "The 6th joint committee met in Seoul on a Monday, co-chaired by Wang Shouwen and Cheong In-kyo.",
            {
              field: "heldOn",
            },
          ),
          w("motie-2024-summary", "2nd paragraph", "Lists the FTA joint committee on 12.9 in Seoul.", {
            field: "heldOn",
          }),
          w("tdi-fta-jc", "1st-2nd paragraphs", "Gives Seoul as the place.", { field: "placeEn" }),
          w("tdi-fta-jc", "1st-2nd paragraphs", "Calls it the 6th joint committee.", { field: "number" }),
        ],
      }),
    ],
    translated: ["nameZh", "summaryKo", "summaryZh"],
    citations: [
      w("news1-hotline-sc-2023", "3rd paragraph", "Gives the joint committee's Korean name.", { field: "nameKo" }),
      w(
        "tdi-fta-jc",
        "1st-2nd paragraphs",
        "The committee is co-chaired by China's vice commerce minister and Korea's trade negotiation chief.",
        {
          field: "level",
        },
      ),
      w(
        "news1-hotline-sc-2023",
        "3rd paragraph",
        "The first hotline meeting came about as part of supply-chain efforts agreed at the November 2023 ministers' talks and the December 2023 joint committee.",
        {
          field: "summaryEn",
        },
      ),
      w(
        "motie-2024-summary",
        "2nd paragraph",
        "The ministry's 2024 summary lists the FTA joint committee among its meetings with China.",
        {
          field: "participants",
        },
      ),
    ],
  },
  {
    slug: "trade-ministers-meeting",
    nameEn: "Korea–China trade ministers' meeting",
    nameKo: "한중 통상장관회의",
    nameZh: "中韩经贸部长会谈",
    format: "bilateral",
    level: "minister",
    cadence: "unknown",
    sector: "trade-investment",
    participants: ["motie", "mofcom"],
    summaryEn:
      "Meetings of Korea's trade minister and China's Minister of Commerce, held both on the sidelines of multilateral meetings and on visits to each other's capitals. Those found are at the APEC trade ministers' meeting (May 2023, on semiconductor supply chains), San Francisco (November 2023), Beijing (September 2024, per the ministry's 2024 summary) and Seoul (March 2025, on critical-mineral supply chains), although Yonhap and KBS call the Seoul meeting the first in over a year, after San Francisco. No source states how often they meet.",
    summaryKo:
      "한국 통상 장관과 중국 상무부장의 회담으로, 다자회의 계기와 상호 방문 때 열린다. 찾은 회의는 APEC 통상장관회의 계기(2023년 5월, 반도체 공급망), 샌프란시스코(2023년 11월), 베이징(2024년 9월, 산업통상자원부 2024년 정리 자료), 서울(2025년 3월, 핵심광물 공급망)이며, 연합뉴스와 KBS는 서울 회담을 샌프란시스코 이후 1년여 만의 첫 회담으로 전한다. 개최 주기는 자료에 나오지 않는다.",
    summaryZh:
      "韩国通商部长与中国商务部部长之间的会谈，既在多边会议期间举行，也在互访时举行。所找到的会谈包括亚太经合组织贸易部长会议期间（2023年5月，半导体供应链）、旧金山（2023年11月）、北京（2024年9月，据韩国产业通商资源部2024年汇总资料）和首尔（2025年3月，关键矿产供应链）；但韩联社和KBS称首尔会谈是继旧金山之后一年多来的首次会谈。资料未说明其举行周期。",
    meetings: [
      meeting({
        slug: "trade-ministers-meeting-2023-05",
        heldOn: month("2023-05"),
        citations: [
          w(
            "shine-trade-2023",
            "1st-2nd paragraphs",
            "Ahn Duk-geun and Wang Wentao met on the sidelines of the APEC trade ministers' meeting and agreed to step up dialogue on semiconductor supply chains.",
            { field: "heldOn" },
          ),
        ],
      }),
      meeting({
        slug: "trade-ministers-meeting-2023-11",
        heldOn: day("2023-11-14", NEWS1_DECEMBER_2023),
        ...place("sanFrancisco"),
        citations: [
          w(
            "kbs-trade-2025",
            "4th sentence",
            "The previous ministers' meeting was in San Francisco in November 2023.",
            { field: "heldOn" },
          ),
          w(
            "news1-hotline-sc-2023",
            "3rd paragraph",
            "Cites the trade ministers' talks in San Francisco on the 14th of last month.",
            {
              field: "heldOn",
            },
          ),
          w("kbs-trade-2025", "4th sentence", "Gives San Francisco as the place.", { field: "placeEn" }),
        ],
      }),
      meeting({
        slug: "trade-ministers-meeting-2024-09",
        heldOn: day("2024-09-27", `${MOTIE_2024_SUMMARY} It gives the trade ministers' meeting as “9.27” in Beijing.`),
        ...place("beijing"),
        citations: [
          w("motie-2024-summary", "2nd paragraph", "Lists the trade ministers' meeting on 9.27 in Beijing.", {
            field: "heldOn",
            note: "KBS World and Yonhap call the March 2025 meeting the first in over a year; the minister concerned in September 2024 may differ.",
          }),
          w("motie-2024-summary", "2nd paragraph", "Gives Beijing as the place.", { field: "placeEn" }),
        ],
      }),
      meeting({
        slug: "trade-ministers-meeting-2025-03",
        heldOn: day(
          "2025-03-29",
          "AzerNews (citing Yonhap) of 29 March 2025 reports the meeting as held on Saturday; 29 March 2025 was a Saturday.",
        ),
        ...place("seoul"),
        citations: [
          w(
            "azernews-trade-2025",
            "1st-2nd paragraphs",
            "Ahn Duk-geun and Wang Wentao met on Saturday in Seoul, before the trilateral meeting, the first in over a year.",
            { field: "heldOn" },
          ),
          w(
            "kbs-trade-2025",
            "1st-2nd sentences",
            "The ministers agreed to strengthen cooperation, including on supply chains.",
            {
              field: "heldOn",
            },
          ),
          w("azernews-trade-2025", "1st-2nd paragraphs", "Gives Seoul as the place.", { field: "placeEn" }),
        ],
      }),
    ],
    translated: ["nameZh", "summaryKo", "summaryZh"],
    aliases: ["한중 상무장관 회의"],
    citations: [
      w("motie-2024-summary", "2nd paragraph", "Gives the Korean name of the trade ministers' meeting.", {
        field: "nameKo",
      }),
      w(
        "motie-2024-summary",
        "2nd paragraph",
        "Describes 2024's ministerial meetings as held at multilateral events and through mutual visits.",
        { field: "summaryEn" },
      ),
      w(
        "shine-trade-2023",
        "1st-2nd paragraphs",
        "The meetings are between Korea's trade minister and China's commerce minister.",
        {
          field: "participants",
        },
      ),
    ],
  },
  {
    slug: "supply-chain-hotline",
    nameEn: "Korea–China supply chain hotline",
    nameKo: "한·중 공급망 핫라인",
    nameZh: "中韩供应链热线",
    format: "bilateral",
    level: "director_general",
    cadence: "unknown",
    sector: "industry-supply-chains",
    participants: ["motie", "mofcom"],
    summaryEn:
      "Director-general-level channel between Korea's trade ministry (Trade Cooperation Bureau) and China's Ministry of Commerce (Department of Asian Affairs) for easing supply-chain problems such as those over graphite and urea. Its first meeting came about as part of supply-chain efforts agreed at the trade ministers' talks of November 2023 and the FTA joint committee of December 2023 (per News1). It first met in Seoul on 18 December 2023 and again in Yancheng in November 2024; a third meeting, in Seoul in July 2025, is reported only by an AI-written news brief (low trust).",
    summaryKo:
      "한국 산업통상자원부(통상협력국)와 중국 상무부(아주사) 간 국장급 채널로, 흑연·요소수 등 공급망 문제를 풀기 위한 것이다. 첫 회의는 2023년 11월 통상장관 회담과 2023년 12월 FTA 공동위원회에서 합의한 공급망 협력의 일환으로 성사되었다(뉴스1). 2023년 12월 18일 서울에서 처음 열렸고 2024년 11월 옌청에서 다시 열렸다. 2025년 7월 서울에서 열린 제3차 회의는 AI가 작성한 뉴스 요약(신뢰도 낮음)에만 나온다.",
    summaryZh:
      "韩国产业通商资源部（通商合作局）与中国商务部（亚洲司）之间的司局级渠道，旨在缓解石墨、尿素等供应链问题。其首次会议是2023年11月通商部长会谈和2023年12月自贸协定联合委员会商定的供应链合作的一部分（据News1）。2023年12月18日在首尔首次举行，2024年11月在盐城再次举行；2025年7月在首尔举行的第三次会议仅见于一篇人工智能撰写的新闻摘要（可信度低）。",
    meetings: [
      meeting({
        slug: "supply-chain-hotline-1",
        number: 1,
        heldOn: day("2023-12-18", NEWS1_DECEMBER_2023),
        ...place("coexSeoul"),
        citations: [
          w(
            "news1-hotline-sc-2023",
            "2nd-4th paragraphs",
            "The first hotline meeting was held on the 18th in Seoul, led by Kim Jong-cheol and Wang Liping.",
            { field: "heldOn" },
          ),
          w("news1-hotline-sc-2023", "2nd-4th paragraphs", "Gives a Seoul hotel at COEX as the venue.", {
            field: "placeEn",
          }),
          w("news1-hotline-sc-2023", "headline", "Calls it the first supply chain hotline meeting.", {
            field: "number",
          }),
        ],
      }),
      meeting({
        slug: "supply-chain-hotline-2",
        number: 2,
        heldOn: day("2024-11-28", `${MOTIE_2024_SUMMARY} It gives the 2nd hotline meeting as “11.28” in Yancheng.`),
        ...place("yancheng"),
        citations: [
          w("motie-2024-summary", "2nd paragraph", "Lists the 2nd hotline meeting on 11.28 in Yancheng.", {
            field: "heldOn",
          }),
          w("motie-2024-summary", "2nd paragraph", "Gives Yancheng as the place.", { field: "placeEn" }),
          w("motie-2024-summary", "2nd paragraph", "Calls it the 2nd hotline meeting.", { field: "number" }),
        ],
      }),
      meeting({
        slug: "supply-chain-hotline-3",
        number: 3,
        heldOn: day("2025-07-03"),
        ...place("seoul"),
        citations: [
          w(
            "aipen-hotline-2025",
            "1st paragraph",
            "AI-written brief: the 3rd hotline meeting was held in Seoul on 3 July.",
            {
              field: "heldOn",
            },
          ),
          w("aipen-hotline-2025", "1st paragraph", "Gives Seoul as the place.", { field: "placeEn" }),
          w("aipen-hotline-2025", "1st paragraph", "Calls it the 3rd meeting.", { field: "number" }),
        ],
      }),
    ],
    translated: ["nameKo", "nameZh", "summaryKo", "summaryZh"],
    citations: [
      w(
        "news1-hotline-sc-2023",
        "3rd paragraph",
        "The first meeting came about as part of supply-chain efforts agreed at the November 2023 ministers' talks and the December 2023 FTA joint committee.",
        {
          field: "summaryEn",
        },
      ),
      w("news1-hotline-sc-2023", "headline", "Asks whether the hotline will ease the curbs on graphite and urea.", {
        field: "summaryEn",
      }),
      w(
        "news1-hotline-sc-2023",
        "2nd-4th paragraphs",
        "The meeting is led by the two trade ministries' bureau heads.",
        {
          field: "level",
        },
      ),
    ],
  },
  {
    slug: "export-control-dialogue",
    nameEn: "Korea–China export control dialogue",
    nameKo: "한중 수출통제 대화",
    nameZh: "中韩出口管制对话",
    format: "bilateral",
    level: "director_general",
    cadence: "unknown",
    sector: "trade-investment",
    participants: ["motie", "mofcom"],
    summaryEn:
      "Director-general-level dialogue between Korea's trade ministry (trade security policy) and China's Ministry of Commerce (its bureau of industrial security and import and export control), agreed at the May 2024 Yoon–Li talks and created in July 2024 to exchange information on export controls and keep supply chains stable. It first met in Beijing on 11 July 2024 and again in Seoul on 11 September 2025, followed by a joint briefing for companies.",
    summaryKo:
      "한국 산업통상자원부(무역안보정책)와 중국 상무부(산업안전·수출입통제국) 간 국장급 대화로, 2024년 5월 윤석열–리창 회담에서 합의되어 수출통제 정보를 교환하고 공급망을 안정시키기 위해 2024년 7월 만들어졌다. 2024년 7월 11일 베이징에서 처음 열렸고, 2025년 9월 11일 서울에서 다시 열린 뒤 기업설명회가 이어졌다.",
    summaryZh:
      "韩国产业通商资源部（贸易安全政策）与中国商务部（产业安全与进出口管制局）之间的司局级对话，于2024年5月尹锡悦与李强会谈时商定，2024年7月设立，旨在交流出口管制信息、稳定供应链。2024年7月11日在北京首次举行，2025年9月11日在首尔再次举行，随后举办了企业说明会。",
    meetings: [
      meeting({
        slug: "export-control-dialogue-1",
        number: 1,
        heldOn: day(
          "2024-07-11",
          `${MOTIE_2024_SUMMARY} It gives the first dialogue as “7.11” in Beijing, and News1 (undated) says it was held on the 11th.`,
        ),
        ...place("beijing"),
        citations: [
          w(
            "news1-export-2024",
            "2nd-3rd paragraphs",
            "The first export control dialogue was held on the 11th in Beijing, by Choi Woo-hyuk and Zhang Qianliang.",
            {
              field: "heldOn",
            },
          ),
          w("motie-2024-summary", "2nd paragraph", "Dates the first dialogue 7.11 in Beijing.", { field: "heldOn" }),
          w("news1-export-2024", "2nd-3rd paragraphs", "Gives Beijing as the place.", { field: "placeEn" }),
          w("news1-export-2024", "1st body paragraph", "Reports the first meeting of the export control dialogue.", {
            field: "number",
          }),
        ],
      }),
      meeting({
        slug: "export-control-dialogue-2",
        number: 2,
        heldOn: day("2025-09-11"),
        ...place("marriottSeoul"),
        citations: [
          w(
            "dailyen-export-2025",
            "1st-3rd paragraphs",
            "The second dialogue, of Kim Seong-yeol and Zhang Qianliang, was held in Seoul on the 11th (no month shown), about a year after the first.",
            { field: "heldOn" },
          ),
          w(
            "newssidea-export-2025",
            "byline and 1st paragraph",
            "Report of 11 September 2025 on the dialogue and a business briefing.",
            {
              field: "heldOn",
            },
          ),
          w("dailyen-export-2025", "1st-3rd paragraphs", "Gives a Seoul hotel as the venue.", { field: "placeEn" }),
          w("dailyen-export-2025", "1st-3rd paragraphs", "Calls it the second dialogue.", { field: "number" }),
        ],
      }),
    ],
    translated: ["nameZh", "summaryKo", "summaryZh"],
    citations: [
      w("newssidea-export-2025", "2nd paragraph", "Gives the dialogue's Korean name.", { field: "nameKo" }),
      w(
        "newssidea-export-2025",
        "2nd paragraph",
        "The channel was created in July 2024 to exchange information and stabilise supply chains.",
        { field: "summaryEn" },
      ),
      w(
        "khan-2024-05",
        "2nd-8th paragraphs",
        "The May 2024 talks agreed an export control dialogue of the two trade ministries.",
        {
          field: "summaryEn",
        },
      ),
      w("news1-export-2024", "2nd-3rd paragraphs", "Led by the two ministries' director-general-level officials.", {
        field: "level",
      }),
    ],
  },
  {
    slug: "maritime-boundary-talks",
    nameEn: "Korea–China maritime boundary delimitation talks",
    nameKo: "한·중 해양경계획정 회담",
    nameZh: "中韩海域划界谈判",
    format: "bilateral",
    // Vice-ministerial rounds, with director-general rounds between: "minister" is the nearest level.
    level: "minister",
    cadence: "annual",
    sector: "diplomacy-security",
    agreement: "joint-statement-2014",
    participants: ["mofa-korea", "mofa-china"],
    summaryEn:
      "Negotiations on delimiting the maritime boundary between the two countries. Director-general-level talks had run since 1996 without result; after the leaders agreed in July 2014 to launch negotiations in 2015, they were raised to vice-minister level, with a first round in Seoul on 22 December 2015 and vice-ministerial talks to be held yearly in turn, with director-general and expert meetings in between. The 4th director-general-level round was held in Gyeongju in July 2018.",
    summaryKo:
      "양국 간 해양 경계를 획정하기 위한 협상. 1996년부터 국장급 회담이 열렸으나 진전이 없었고, 2014년 7월 정상들이 2015년 협상 개시에 합의한 뒤 차관급으로 격상되어 2015년 12월 22일 서울에서 첫 회담이 열렸다. 차관급 회담은 매년 번갈아 열고 그 사이에 국장급·전문가 회의를 갖기로 했으며, 2018년 7월 경주에서 제4차 국장급 회담이 열렸다.",
    summaryZh:
      "划定两国间海洋边界的谈判。司局级谈判自1996年起举行但未取得进展；2014年7月两国领导人商定于2015年启动谈判后，谈判升格为副部长级，2015年12月22日在首尔举行首轮会谈，并商定副部长级会谈每年轮流举行，其间举行司局级和专家会议。2018年7月在庆州举行了第四轮司局级会谈。",
    meetings: [
      meeting({
        slug: "maritime-boundary-talks-2015-12",
        heldOn: day("2015-12-22"),
        ...place("seoul"),
        citations: [
          w(
            "seoul-delim-2015",
            "1st-2nd paragraphs",
            "The first vice-ministerial talks, of Cho Tae-yul and Liu Zhenmin, were held at the foreign ministry on the 22nd, the talks resuming after seven years at a higher level.",
            { field: "heldOn" },
          ),
          w("kmib-delim-2015", "headline", "The vice-ministerial talks are to be held in Seoul on the 22nd.", {
            field: "placeEn",
          }),
        ],
      }),
      meeting({
        slug: "maritime-boundary-talks-2016-04",
        heldOn: month("2016-04"),
        citations: [
          w(
            "fn-delim-2018",
            "2nd-3rd paragraphs",
            "The first director-general-level round of the new talks was in April 2016.",
            {
              field: "heldOn",
            },
          ),
        ],
      }),
      meeting({
        slug: "maritime-boundary-talks-2016-12",
        heldOn: month("2016-12"),
        citations: [
          w("fn-delim-2018", "2nd-3rd paragraphs", "A director-general-level round was held in December 2016.", {
            field: "heldOn",
          }),
        ],
      }),
      meeting({
        slug: "maritime-boundary-talks-2017-08",
        heldOn: month("2017-08"),
        citations: [
          w("fn-delim-2018", "2nd-3rd paragraphs", "A director-general-level round was held in August 2017.", {
            field: "heldOn",
          }),
        ],
      }),
      meeting({
        slug: "maritime-boundary-talks-2018-07",
        heldOn: day("2018-07-05"),
        ...place("gyeongju"),
        citations: [
          w(
            "fn-delim-2018",
            "2nd-3rd paragraphs",
            "The 4th director-general-level talks were held in Gyeongju on 5–6 July 2018.",
            {
              field: "heldOn",
            },
          ),
          w("fn-delim-2018", "2nd-3rd paragraphs", "Gives Gyeongju as the place.", { field: "placeEn" }),
        ],
      }),
    ],
    translated: ["nameKo", "nameZh", "summaryKo", "summaryZh"],
    citations: [
      w(
        "seoul-delim-2015",
        "last paragraph",
        "Vice-ministerial talks are to be held yearly in turn, with DG and expert meetings in between.",
        {
          field: "cadence",
        },
      ),
      w("kmib-delim-2015", "3rd paragraph", "Director-general-level talks had run since 1996 without progress.", {
        field: "summaryEn",
      }),
      w(
        "kmib-delim-2015",
        "4th paragraph",
        "The leaders agreed at the July 2014 summit to start the talks within 2015.",
        {
          field: "agreement",
        },
      ),
      w("kmib-delim-2015", "headline", "The talks are held at vice-minister level.", { field: "level" }),
    ],
  },
  {
    slug: "nsa-state-councilor-dialogue",
    nameEn: "Dialogue between Korea's national security office head and China's state councilor for foreign affairs",
    nameKo: "한·중 국가안보실장–국무위원 대화",
    nameZh: "中韩国家安保室长与国务委员对话",
    format: "bilateral",
    level: "minister",
    cadence: "unknown",
    sector: "diplomacy-security",
    agreement: "future-vision-joint-statement-2013",
    participants: [],
    summaryEn:
      "Channel between the head of Korea's National Security Office (then at Cheong Wa Dae) and China's state councilor in charge of foreign affairs, created by the June 2013 joint statement for a future vision. Its first meeting found, between Kim Jang-soo and Yang Jiechi, was held in Seoul on 18 November 2013 during Yang's visit (per The Korea Post). No later meeting was found.",
    summaryKo:
      "한국 국가안보실장(당시 청와대)과 외교 담당 중국 국무위원 간 채널로, 2013년 6월 미래비전 공동성명으로 만들어졌다. 찾은 첫 회의는 양제츠 국무위원의 방한 중인 2013년 11월 18일 서울에서 열린 김장수–양제츠 대화다(코리아포스트). 이후 회의는 찾지 못했다.",
    summaryZh:
      "韩国国家安保室长（当时在青瓦台）与中国主管外交的国务委员之间的渠道，由2013年6月面向未来联合声明设立。所找到的首次会谈是2013年11月18日杨洁篪访韩期间在首尔举行的金章洙与杨洁篪对话（据The Korea Post）。未找到此后的会谈。",
    meetings: [
      meeting({
        slug: "nsa-state-councilor-dialogue-1",
        number: 1,
        heldOn: day("2013-11-18"),
        ...place("seoul"),
        citations: [
          w(
            "koreapost-2013-11",
            "section on President Park meeting Yang Jiechi",
            "President Park noted that day's dialogue between Yang Jiechi and Kim Jang-soo.",
            { field: "heldOn" },
          ),
          w(
            "koreapost-2013-11",
            "section on President Park meeting Yang Jiechi",
            "The dialogue was held in Seoul during Yang's visit.",
            {
              field: "placeEn",
            },
          ),
        ],
      }),
    ],
    translated: ["nameKo", "nameZh", "summaryKo", "summaryZh"],
    citations: [
      w("seoul-2013-06", "political-security section", "The 2013 statement creates this channel.", {
        field: "agreement",
      }),
      w(
        "ce-2013-06",
        "4th paragraph",
        "The leaders agreed a dialogue channel between Seoul's security chief and Beijing's state councilor.",
        {
          field: "agreement",
        },
      ),
    ],
  },
  {
    slug: "people-to-people-exchange-committee",
    nameEn: "Korea–China joint committee on humanities (people-to-people) exchange",
    nameKo: "한·중 인문교류 공동위원회",
    nameZh: "中韩人文交流共同委员会",
    format: "bilateral",
    level: "unknown",
    cadence: "unknown",
    sector: "society-culture",
    agreement: "future-vision-joint-statement-2013",
    participants: [],
    summaryEn:
      "Joint committee on humanities and people-to-people exchange provided for by the June 2013 joint statement for a future vision. President Park Geun-hye mentioned, during State Councilor Yang Jiechi's visit of 18 November 2013, that it would be inaugurated the next day (per The Korea Post). The sources give neither its level, its members nor later meetings.",
    summaryKo:
      "2013년 6월 미래비전 공동성명에 따라 설치된 인문·인적 교류 공동위원회. 박근혜 대통령은 2013년 11월 18일 양제츠 국무위원의 방한 때 이 위원회가 다음 날 출범한다고 언급했다(코리아포스트). 자료에는 위원회의 급, 구성, 이후 회의가 나오지 않는다.",
    summaryZh:
      "根据2013年6月面向未来联合声明设立的人文交流共同委员会。朴槿惠总统在2013年11月18日国务委员杨洁篪访韩时提到，该委员会将于次日成立（据The Korea Post）。资料未给出其级别、成员或此后的会议。",
    meetings: [
      meeting({
        slug: "people-to-people-exchange-committee-1",
        number: 1,
        heldOn: day(
          "2013-11-19",
          "The Korea Post reports President Park mentioning, during State Councilor Yang Jiechi's visit of 18 November 2013, the committee's inauguration the next day; no report of the meeting itself was found.",
        ),
        citations: [
          w(
            "koreapost-2013-11",
            "section on President Park meeting Yang Jiechi",
            "Park mentioned the committee's inauguration the next day.",
            { field: "heldOn" },
          ),
        ],
      }),
    ],
    translated: ["nameZh", "summaryKo", "summaryZh"],
    citations: [
      w("seoul-2013-06", "economic-social section", "Gives the committee's Korean name.", { field: "nameKo" }),
      w("seoul-2013-06", "economic-social section", "The 2013 statement provides for setting up the committee.", {
        field: "agreement",
      }),
    ],
  },
];

// ---------------------------------------------------------------- events

export const earlierEvents: SeedEvent[] = [
  {
    slug: "summit-beijing-2013-06",
    kind: "summit",
    status: "held",
    titleEn: "Park Geun-hye–Xi Jinping summit in Beijing (June 2013)",
    titleKo: "박근혜–시진핑 베이징 정상회담(2013년 6월)",
    titleZh: "朴槿惠与习近平北京会谈（2013年6月）",
    summaryEn:
      "Summit of President Park Geun-hye and President Xi Jinping on 27 June 2013, during Park's state visit to China, at which they adopted the joint statement for a future vision. The leaders attended the signing of eight documents, one intergovernmental agreement and seven arrangements between agencies, including a visa waiver for diplomats and cooperation in maritime affairs and energy (per ZDNet Korea and China Economic Net); the full list was not found.",
    summaryKo:
      "박근혜 대통령의 국빈 방중 중인 2013년 6월 27일 열린 박근혜 대통령과 시진핑 주석의 정상회담으로, 미래비전 공동성명을 채택했다. 양 정상은 정부 간 협정 1건과 기관 간 약정 7건 등 8건의 문서 서명에 참석했으며, 여기에는 외교관 비자 면제와 해양·에너지 협력이 포함된다(ZDNet Korea, 중국경제망). 전체 목록은 찾지 못했다.",
    summaryZh:
      "2013年6月27日朴槿惠总统对中国进行国事访问期间，朴槿惠总统与习近平主席举行会谈，通过了面向未来联合声明。两国领导人出席了八份文件的签署仪式，包括一份政府间协定和七份机构间安排，其中有外交人员免签以及海洋和能源合作（据ZDNet Korea和中国经济网）；未找到完整清单。",
    startOn: day("2013-06-27"),
    ...place("beijing"),
    timeZone: "Asia/Shanghai",
    sector: "diplomacy-security",
    agreement: "future-vision-joint-statement-2013",
    participants: ["government-korea", "government-china"],
    translated: ["titleKo", "titleZh", "summaryKo", "summaryZh", "placeKo", "placeZh"],
    citations: [
      w(
        "zdnet-2013-06",
        "2nd paragraph",
        "The leaders adopted the future vision joint statement at the 27 June summit.",
        { field: "startOn" },
      ),
      w(
        "zdnet-2013-06",
        "near the end",
        "The leaders attended the signing of eight documents: one government agreement and seven agency arrangements.",
        { field: "summaryEn" },
      ),
      w(
        "ce-2013-06",
        "3rd paragraph",
        "Eight MOUs were signed, including a visa waiver for diplomats and maritime and energy cooperation.",
        {
          field: "summaryEn",
        },
      ),
    ],
  },
  {
    slug: "yoon-li-talks-2024-05",
    kind: "summit",
    status: "held",
    titleEn: "Yoon Suk Yeol–Li Qiang talks in Seoul (May 2024)",
    titleKo: "윤석열 대통령–리창 총리 회담(2024년 5월, 서울)",
    titleZh: "尹锡悦总统与李强总理会谈（2024年5月，首尔）",
    summaryEn:
      "Talks between President Yoon Suk Yeol and Premier Li Qiang at the presidential office in Yongsan, Seoul, before the 9th Korea–Japan–China summit. As briefed by Kim Tae-hyo of the presidential office, they agreed to create a 2+2 diplomatic and security dialogue, resume the second stage of FTA negotiations after eight years, launch an export control dialogue between the trade ministries and use the supply-chain hotline more actively (per the Kyunghyang Shinmun and the Kukmin Ilbo). A repost of a Yonhap TV script (low trust) adds that the investment cooperation committee, idle for 13 years, would restart.",
    summaryKo:
      "제9차 한·일·중 정상회의를 앞두고 서울 용산 대통령실에서 열린 윤석열 대통령과 리창 총리의 회담. 대통령실 김태효의 브리핑에 따르면 양측은 외교안보 2+2 대화 신설, 8년 만의 FTA 2단계 협상 재개, 양국 통상 부처 간 수출통제 대화 출범, 공급망 핫라인의 적극 활용에 합의했다(경향신문, 국민일보). 연합뉴스TV 원고를 옮긴 페이지(신뢰도 낮음)는 13년간 멈춘 한·중 투자협력위원회도 재개하기로 했다고 덧붙인다.",
    summaryZh:
      "第九次中日韩领导人会议前夕，尹锡悦总统与李强总理在首尔龙山总统府举行的会谈。据总统府金泰孝介绍，双方商定新设“2+2”外交安全对话、时隔八年恢复自贸协定第二阶段谈判、启动两国经贸部门之间的出口管制对话，并更积极地利用供应链热线（据《京乡新闻》和《国民日报》）。一个转载韩联社电视台稿件的页面（可信度低）补充称，停摆13年的中韩投资合作委员会也将重启。",
    startOn: day(
      "2024-05-26",
      "The Kyunghyang Shinmun's report of the talks' outcomes is dated 26 May 2024 and the Kukmin Ilbo's 27 May 2024; the talks were held on the eve of the trilateral summit, the day of the first report.",
    ),
    placeEn: "Presidential Office, Yongsan, Seoul",
    placeKo: "서울 용산 대통령실",
    placeZh: "首尔龙山总统府",
    timeZone: "Asia/Seoul",
    sector: "diplomacy-security",
    participants: ["government-korea", "government-china"],
    translated: ["titleKo", "titleZh", "summaryKo", "summaryZh", "placeKo", "placeZh"],
    citations: [
      w(
        "khan-2024-05",
        "2nd-8th paragraphs",
        "Report of 26 May 2024 on the outcomes of the Yoon–Li talks as briefed by Kim Tae-hyo.",
        {
          field: "startOn",
        },
      ),
      w(
        "khan-2024-05",
        "2nd-8th paragraphs",
        "New 2+2 dialogue, FTA phase-two resumption, an export control dialogue of the two trade ministries and the supply-chain hotline.",
        { field: "summaryEn" },
      ),
      w(
        "kmib-2024-05",
        "2nd paragraph",
        "The dialogue pairs a vice foreign minister with a defence director-general, first meeting in mid-June; FTA phase two resumed after eight years.",
        { field: "summaryEn" },
      ),
      w(
        "armorthemes-2024-05",
        "4th paragraph of the script",
        "The investment cooperation committee, halted for 13 years, would restart (low-trust repost of a Yonhap TV script).",
        { field: "summaryEn" },
      ),
    ],
  },
  {
    slug: "environmental-cooperation-center-opening-2018",
    kind: "launch",
    status: "held",
    titleEn: "Opening of the Korea–China Environmental Cooperation Center (2018)",
    titleKo: "한·중 환경협력센터 개소(2018)",
    titleZh: "中韩环境合作中心启用（2018年）",
    summaryEn:
      "Opening, on 25 June 2018 in the presence of both environment ministers, of the Korea–China Environmental Cooperation Center at the Chinese Research Academy of Environmental Sciences in Beijing, set up under the 2018–2022 environmental cooperation plan as the control tower for all bilateral environmental projects. It was to be run by co-heads from both sides for two years, with staff growing from 10 to 30 by 2020 (per Etoday); from 2019 it also manages the Clear Sky projects.",
    summaryKo:
      "2018~2022년 환경협력계획에 따라 양국 환경 분야 사업 전반의 컨트롤타워로 설치된 한·중 환경협력센터가 2018년 6월 25일 양국 환경장관이 참석한 가운데 베이징 중국환경과학연구원에서 문을 열었다. 2년간 양측 공동 센터장이 운영하고 인력은 10명에서 2020년까지 30명으로 늘릴 계획이었으며(이투데이), 2019년부터는 청천 사업도 관리한다.",
    summaryZh:
      "根据2018—2022年环境合作规划设立、作为两国全部环境合作项目“控制塔”的中韩环境合作中心，于2018年6月25日在两国环境部长出席下在北京中国环境科学研究院启用。中心由双方共同主任管理两年，人员计划由10人增至2020年的30人（据Etoday）；自2019年起还负责管理晴天项目。",
    startOn: day("2018-06-25"),
    placeEn: "Chinese Research Academy of Environmental Sciences, Beijing",
    placeKo: "베이징 중국환경과학연구원",
    placeZh: "北京中国环境科学研究院",
    timeZone: "Asia/Shanghai",
    sector: "environment-climate",
    agreement: "environmental-cooperation-plan-2018-2022",
    participants: ["moe-korea", "mee-china", "korea-china-environmental-cooperation-center"],
    translated: ["titleKo", "titleZh", "summaryKo", "summaryZh", "placeKo", "placeZh"],
    citations: [
      w(
        "etoday-2018-06",
        "2nd-6th paragraphs",
        "Opening ceremony on 25 June in Beijing; the centre's role, co-heads and staffing plan.",
        {
          field: "startOn",
        },
      ),
      w("cri-kr-2018-06", "1st paragraph", "The centre was formally launched on 25 June with both ministers.", {
        field: "startOn",
      }),
      w(
        "etoday-2018-06",
        "2nd-6th paragraphs",
        "Gives the Beijing environmental science research academy (베이징 환경과학연구원) as the site.",
        {
          field: "placeEn",
        },
      ),
      w(
        "etoday-2018-06",
        "headline",
        "The centre is to be the control tower for fine dust and other environmental work.",
        {
          field: "summaryEn",
        },
      ),
      w("cri-kr-2018-06", "2nd paragraph", "The centre was founded under the 2018–2022 plan.", { field: "agreement" }),
      w("nocut-2019-11", "last paragraph", "The Clear Sky projects are to be managed through the centre.", {
        field: "summaryEn",
      }),
    ],
  },
  {
    slug: "clear-sky-joint-research-launch-2017",
    kind: "launch",
    status: "held",
    titleEn: "Launch of the Korea–China Clear Sky joint air-quality research project (2017)",
    titleKo: "한·중 청천 대기질 공동연구 사업 착수(2017)",
    titleZh: "中韩晴天大气质量联合研究项目启动（2017年）",
    summaryEn:
      "Start, in May 2017, of the Clear Sky joint research project, a joint observation and research programme on air quality with ground and aircraft measurements. The Clear Sky Plan agreed in November 2019 widened it from research to forecast sharing and prevention (per People's China's Korean edition, Seoul Shinmun and Kookto Ilbo). The sources do not name the bodies that ran it.",
    summaryKo:
      "지상·항공 관측을 포함한 대기질 공동 관측·연구 사업인 청천 공동연구 사업이 2017년 5월 시작되었다. 2019년 11월 합의된 청천 계획은 이를 연구에서 예보 정보 공유와 예방으로 넓혔다(인민화보 한국어판, 서울신문, 국토일보). 자료에는 사업 수행 기관이 나오지 않는다.",
    summaryZh:
      "晴天联合研究项目于2017年5月启动，是包括地面和飞机观测在内的大气质量联合观测与研究项目。2019年11月商定的晴天计划将其从研究扩展到预报信息共享和预防（据《人民画报》韩文版、《首尔新闻》和《国土日报》）。资料未给出实施机构。",
    startOn: month("2017-05"),
    sector: "environment-climate",
    agreement: "clear-sky-plan",
    participants: [],
    translated: ["titleKo", "titleZh", "summaryKo", "summaryZh"],
    citations: [
      w("chinacorea-2019", "3rd paragraph", "The project began in May 2017 with joint surveys and observations.", {
        field: "startOn",
      }),
      w(
        "seoul-2018-03",
        "6th paragraph",
        "Describes the project as a joint observation survey running since May 2017.",
        { field: "startOn" },
      ),
      w(
        "ikld-2019-11",
        "5th-6th paragraphs",
        "The November 2019 plan widens cooperation from research to forecast sharing and prevention.",
        {
          field: "agreement",
        },
      ),
    ],
  },
];
