import type { SeedDialogue } from "../../../lib/schemas/seed";
import { S000, S001, S002, S003 } from "./source-files";

/**
 * Dialogues (recurring mechanisms) and their meetings.
 *
 * - Level and cadence are "unknown" where the sources say nothing or disagree (the
 *   director-general dialogue's cadence, the ICT strategy dialogue's level and
 *   cadence); the versions are kept as competing citations and the summary says so.
 * - Meetings are recorded only where a source gives them (numbers, dates, places);
 *   a meeting whose date no source gives has no heldOn, and one that a source lists
 *   without an ordinal has no number.
 */

/** 003 is undated; its "December 20" and "next year" are read from the plan dates it cites. */
const YEAR_2023_REASONING =
  "The Ministry of Environment's press release on the 7th director-general dialogue gives “December 20” with no year. It calls the Second Korea-China Environmental Cooperation Plan (2023-2027) signed “in June of this year” and discusses fine dust reduction through the 5th Fine Dust Seasonal Management Plan running from December 1, 2023 to March 31, 2024, so the meeting was on 20 December 2023.";

/** The cooperation centre's list of earlier ministers' meetings does not match their numbers. */
const MINISTERS_NUMBERING_NOTE =
  "The Korea–China Environmental Cooperation Center lists five earlier meetings (November 2019, November 2020, March 2021, November 2021, February 2022) yet calls the June 2023 meeting the 5th, so this one's place in the numbering is unknown.";

const VIDEO = { placeEn: "Videoconference", placeKo: "화상회의", placeZh: "视频会议" } as const;

export const dialogues: SeedDialogue[] = [
  {
    slug: "environment-ministers-annual-meeting",
    nameEn: "Korea–China environment ministers' annual meeting",
    nameKo: "한중 연례 환경장관회의",
    nameZh: "中韩环境部长年度会议",
    format: "bilateral",
    level: "minister",
    cadence: "annual",
    sector: "environment-climate",
    // The meeting predates the 2026 MOU (since 2019); the MOU writes it in.
    agreement: "environmental-cooperation-mou-2026",
    participants: ["moe-korea", "mcee", "mee-china"],
    summaryEn:
      "Yearly meeting of the two environment ministers, made regular at their talks of February 2019 and held since November 2019, in person or by video; the January 2026 environment and climate MOU writes the yearly meeting into the framework. The 1st meeting (Seoul, 4 November 2019) signed the Clear Sky Plan, the 5th (by video, 29 June 2023) agreed the Second Environmental Cooperation Plan, and the 7th (Beijing, 5 January 2026) preceded the signing of the revised MOU. The sources' numbering is not consistent: the cooperation centre lists five meetings before the one it calls the 5th, and no source dates the 6th.",
    summaryKo:
      "2019년 2월 양국 장관 회담에서 정례화하여 2019년 11월부터 대면 또는 화상으로 열리고 있는 양국 환경장관의 연례회의로, 2026년 1월 환경 및 기후 협력 양해각서에 매년 개최가 명시되었다. 제1차 회의(서울, 2019년 11월 4일)에서 청천 계획에 서명했고, 제5차 회의(화상, 2023년 6월 29일)에서 제2차 환경협력계획에 합의했으며, 제7차 회의(베이징, 2026년 1월 5일)에 이어 개정 양해각서가 서명되었다. 자료의 회차 표기는 일치하지 않는다. 한중 환경협력센터는 제5차라고 부르는 회의 이전에 다섯 차례의 회의를 열거하며, 제6차 회의의 날짜를 밝힌 자료는 없다.",
    summaryZh:
      "两国环境部长的年度会议，于2019年2月部长会谈时确定定期举行，自2019年11月起以现场或视频方式举行；2026年1月的环境与气候合作谅解备忘录将每年举行写入合作框架。第一次会议（首尔，2019年11月4日）签署了晴天计划，第五次会议（视频，2023年6月29日）商定了第二期环境合作计划，第七次会议（北京，2026年1月5日）之后签署了修订版谅解备忘录。资料中的届次编号并不一致：中韩环境合作中心在其称为第五次的会议之前列出了五次会议，也没有资料给出第六次会议的日期。",
    meetings: [
      {
        slug: "environment-ministers-annual-meeting-1",
        number: 1,
        status: "held",
        heldOn: { on: "2019-11-04", precision: "day" },
        placeEn: "Seoul",
        placeKo: "서울",
        placeZh: "首尔",
        outcomesEn: "The two ministers signed the Clear Sky Plan.",
        outcomesKo: "양국 장관이 청천 계획에 서명했다.",
        outcomesZh: "两国部长签署了晴天计划。",
        participants: [],
        reviews: [{ agreement: "clear-sky-plan", noteEn: "Signed at this meeting." }],
        translated: ["placeKo", "placeZh", "outcomesKo", "outcomesZh"],
        citations: [
          {
            source: "nm-ea-ikld-2019-11",
            field: "heldOn",
            locator: "1st and 4th paragraphs",
            paraphrase:
              "The ministers signed the Clear Sky implementation plan at the annual meeting in Seoul on the 4th (November 2019).",
          },
          {
            source: "nm-constimes-clearsky",
            field: "heldOn",
            locator: "1st–3rd paragraphs",
            paraphrase:
              "Reports on 4 November 2019 the 2019 annual meeting of ministers Cho Myung-rae and Li Ganjie at a Seoul hotel.",
          },
          {
            source: "nm-constimes-clearsky",
            field: "placeEn",
            locator: "1st–3rd paragraphs",
            paraphrase: "Held at the Lotte Hotel in Sogong-dong, Seoul.",
          },
          {
            source: "nm-constimes-clearsky",
            field: "number",
            locator: "1st–2nd paragraphs",
            paraphrase: "The first annual meeting since the ministers decided in February 2019 to meet every year.",
          },
          {
            source: "nm-ea-ikld-2019-11",
            field: "outcomesEn",
            locator: "1st and 4th paragraphs",
            paraphrase: "The two ministers signed the Clear Sky Plan's implementation scheme at the meeting.",
          },
        ],
      },
      {
        slug: "environment-ministers-annual-meeting-2",
        number: 2,
        status: "held",
        heldOn: { on: "2020-11-11", precision: "day" },
        ...VIDEO,
        participants: [],
        reviews: [],
        translated: ["placeKo", "placeZh"],
        citations: [
          {
            source: "nm-tibet-zh-2020",
            field: "heldOn",
            locator: "1st paragraph",
            paraphrase: "A Chinese report dates the two ministers' 2020 video meeting to 11 November.",
          },
          {
            source: "nm-tibet-zh-2020",
            field: "placeEn",
            locator: "headline and 1st paragraph",
            paraphrase: "The 2020 meeting was held by video.",
          },
          {
            source: "nm-etoday-search-6th",
            field: "number",
            locator: "last listing lead",
            paraphrase: "A lead mentions the 2nd annual meeting, held by video on the 11th (year not shown).",
          },
        ],
      },
      {
        slug: "environment-ministers-annual-meeting-2021-03",
        status: "held",
        heldOn: { on: "2021-03", precision: "month" },
        ...VIDEO,
        participants: [],
        reviews: [],
        translated: ["placeKo", "placeZh"],
        citations: [
          {
            source: "nm-ecc-5th-aemm",
            field: "heldOn",
            locator: "2nd paragraph, list of dates",
            paraphrase: "Lists a meeting by video in March 2021 among the earlier ministers' meetings.",
            note: MINISTERS_NUMBERING_NOTE,
          },
          {
            source: "nm-ecc-5th-aemm",
            field: "placeEn",
            locator: "2nd paragraph, list of dates",
            paraphrase: "Held by video.",
          },
        ],
      },
      {
        slug: "environment-ministers-annual-meeting-2021-11",
        status: "held",
        heldOn: { on: "2021-11", precision: "month" },
        placeEn: "United Kingdom",
        placeKo: "영국",
        placeZh: "英国",
        participants: [],
        reviews: [],
        translated: ["placeKo", "placeZh"],
        citations: [
          {
            source: "nm-ecc-5th-aemm",
            field: "heldOn",
            locator: "2nd paragraph, list of dates",
            paraphrase:
              "Lists a meeting in the United Kingdom in November 2021, attended on China's side by a vice-minister.",
            note: MINISTERS_NUMBERING_NOTE,
          },
          {
            source: "nm-ecc-5th-aemm",
            field: "placeEn",
            locator: "2nd paragraph, list of dates",
            paraphrase: "Held in the United Kingdom.",
          },
        ],
      },
      {
        slug: "environment-ministers-annual-meeting-2022-02",
        status: "held",
        heldOn: { on: "2022-02", precision: "month" },
        ...VIDEO,
        participants: [],
        reviews: [],
        translated: ["placeKo", "placeZh"],
        citations: [
          {
            source: "nm-ecc-5th-aemm",
            field: "heldOn",
            locator: "2nd paragraph, list of dates",
            paraphrase: "Lists a meeting by video in February 2022 among the earlier ministers' meetings.",
            note: MINISTERS_NUMBERING_NOTE,
          },
          {
            source: "nm-ecc-5th-aemm",
            field: "placeEn",
            locator: "2nd paragraph, list of dates",
            paraphrase: "Held by video.",
          },
        ],
      },
      {
        slug: "environment-ministers-annual-meeting-5",
        number: 5,
        status: "held",
        heldOn: { on: "2023-06-29", precision: "day" },
        ...VIDEO,
        outcomesEn: "The ministers agreed the Second Korea-China Environmental Cooperation Plan (2023-2027).",
        outcomesKo: "양국 장관이 제2차 한중 환경협력계획(2023~2027)에 합의했다.",
        outcomesZh: "两国部长商定了第二期中韩环境合作计划（2023—2027年）。",
        participants: [
          { person: "han-wha-jin", role: "participant" },
          { person: "huang-runqiu", role: "participant" },
        ],
        reviews: [{ agreement: "second-environmental-cooperation-plan-2023-2027", noteEn: "Agreed at this meeting." }],
        translated: ["placeKo", "placeZh", "outcomesKo", "outcomesZh"],
        citations: [
          {
            source: "nm-ecc-5th-aemm",
            field: "heldOn",
            locator: "headline and 1st paragraph",
            paraphrase: "The 5th annual ministers' meeting was held by video on 29 June.",
            note: "The page shows no year; 2023 rests on the Yonhap report cited here.",
          },
          {
            source: "nm-daum-yonhap-2nd-plan",
            field: "heldOn",
            locator: "1st–3rd paragraphs",
            paraphrase: "Yonhap, 29 June 2023: the 5th annual ministers' meeting was held by video that day.",
          },
          {
            source: "nm-ecc-5th-aemm",
            field: "number",
            locator: "headline",
            paraphrase: "Called the 5th annual ministers' meeting.",
            note: MINISTERS_NUMBERING_NOTE.replace(", so this one's place in the numbering is unknown", ""),
          },
          {
            source: "nm-ecc-5th-aemm",
            field: "placeEn",
            locator: "headline",
            paraphrase: "Held by video.",
          },
          {
            source: "nm-daum-yonhap-2nd-plan",
            field: "participants",
            locator: "1st–3rd paragraphs",
            paraphrase: "Minister Han Wha-jin met China's minister of ecology and environment Huang Runqiu by video.",
          },
          {
            source: "nm-daum-yonhap-2nd-plan",
            field: "outcomesEn",
            locator: "1st–3rd paragraphs",
            paraphrase: "The two sides agreed the second environmental cooperation plan for 2023–2027.",
          },
        ],
      },
      {
        slug: "environment-ministers-annual-meeting-6",
        number: 6,
        status: "held",
        placeEn: "Videoconference (Korean side at the Han River Flood Control Office, Seoul)",
        placeKo: "화상회의(한국 측은 서울 한강홍수통제소)",
        placeZh: "视频会议（韩方在首尔汉江洪水控制所）",
        participants: [
          { person: "han-wha-jin", role: "participant" },
          { person: "huang-runqiu", role: "participant" },
        ],
        reviews: [],
        translated: ["placeKo", "placeZh"],
        citations: [
          {
            source: "nm-etoday-search-6th",
            field: "number",
            locator: "1st listing lead",
            paraphrase:
              "A lead names the 6th annual ministers' meeting, held by video on the 12th; no month or year is shown.",
          },
          {
            source: "nm-etoday-search-6th",
            field: "placeEn",
            locator: "1st listing lead",
            paraphrase: "Korea's minister joined from the Han River Flood Control Office in Seoul.",
          },
          {
            source: "nm-etoday-search-6th",
            field: "participants",
            locator: "1st listing lead",
            paraphrase: "Ministers Han Wha-jin and Huang Runqiu took part.",
          },
        ],
      },
      {
        slug: "environment-ministers-annual-meeting-7",
        number: 7,
        status: "held",
        heldOn: { on: "2026-01-05", precision: "day" },
        placeEn: "Beijing (Ministry of Ecology and Environment)",
        placeKo: "베이징(생태환경부)",
        placeZh: "北京（生态环境部）",
        outcomesEn:
          "The ministers discussed implementing the revised environment and climate MOU, which they then signed in the two leaders' presence.",
        outcomesKo:
          "양국 장관이 개정 환경 및 기후 협력 양해각서의 이행을 논의한 뒤, 양국 정상이 지켜보는 가운데 서명했다.",
        outcomesZh: "两国部长讨论了修订版环境与气候合作谅解备忘录的落实，随后在两国领导人见证下签署。",
        participants: [
          { person: "kim-sungwhan", role: "participant" },
          { person: "huang-runqiu", role: "participant" },
        ],
        reviews: [
          {
            agreement: "environmental-cooperation-mou-2026",
            noteEn: "Discussed its implementation before it was signed the same day.",
          },
        ],
        translated: ["placeKo", "placeZh", "outcomesKo", "outcomesZh"],
        citations: [
          {
            source: "nm-me-en-mou-2026",
            field: "heldOn",
            locator: "2nd paragraph",
            paraphrase: "The 7th Korea–China environment ministers' meeting was held in Beijing on 5 January.",
          },
          {
            source: "nm-asiae-en-mou",
            field: "heldOn",
            locator: "2nd–3rd paragraphs",
            paraphrase:
              "The ministry said on 5 January that the 7th meeting had taken place in Beijing, and the MOU was signed that afternoon.",
            note: "The photo caption at the top dates the meeting 6 January 2026; the body and the ministry's release say the 5th, so the caption is taken to be wrong.",
          },
          {
            source: "nm-me-en-mou-2026",
            field: "number",
            locator: "2nd paragraph",
            paraphrase: "Called the 7th ministers' meeting.",
          },
          {
            source: "nm-me-en-mou-2026",
            field: "placeEn",
            locator: "2nd paragraph",
            paraphrase: "Held in Beijing.",
            note: "This page names only the city; the venue in brackets rests on Korea.net's photo caption.",
          },
          {
            source: "nm-koreanet-panda",
            field: "placeEn",
            locator: "photo caption",
            paraphrase: "The talks were held at the Ministry of Ecology and Environment's headquarters in Beijing.",
          },
          {
            source: "nm-me-en-mou-2026",
            field: "outcomesEn",
            locator: "2nd–4th paragraphs",
            paraphrase:
              "The ministers discussed implementing the revised MOU, then signed it in the afternoon with both leaders present.",
          },
          {
            source: "nm-newsis-mou",
            field: "participants",
            locator: "photo caption",
            paraphrase: "Kim Sung-whan and Huang Runqiu signed the MOU in the Great Hall of the People on 5 January.",
          },
          {
            source: "nm-me-en-mou-2026",
            field: "reviews",
            locator: "2nd paragraph",
            paraphrase: "The meeting discussed how to implement the revised MOU.",
          },
        ],
      },
    ],
    translated: ["nameZh", "summaryKo", "summaryZh"],
    aliases: ["한중 환경장관회의", "AEMM", "Korea–China Environment Ministers' Meeting"],
    citations: [
      {
        source: "nm-ecc-5th-aemm",
        field: "nameKo",
        locator: "headline",
        paraphrase: "The cooperation centre's page names the meeting 한중 연례 환경장관회의.",
      },
      {
        source: "nm-ekn-mou-2026",
        field: "aliases",
        locator: "photo caption, '제7차' meeting",
        paraphrase: "Calls the 7th meeting the 한중 환경장관회의.",
      },
      {
        source: "nm-ecc-5th-aemm",
        field: "cadence",
        locator: "2nd paragraph",
        paraphrase:
          "The meeting was made regular after the ministers' talks of February 2019 and is held yearly at minister level.",
      },
      {
        source: "nm-ea-ikld-2019-11",
        field: "cadence",
        locator: "2nd paragraph",
        paraphrase:
          "At their February 2019 talks in Beijing the ministers agreed to hold a high-level meeting every year.",
      },
      {
        source: "nm-ekn-mou-2026",
        field: "agreement",
        locator: "6th paragraph",
        paraphrase: "The revised MOU writes in the yearly holding of the ministers' meeting.",
      },
      {
        source: "nm-constimes-clearsky",
        field: "participants",
        locator: "1st–3rd paragraphs",
        paraphrase:
          "Korea's Ministry of Environment hosted the 2019 meeting with China's Ministry of Ecology and Environment.",
      },
      {
        source: "nm-me-en-mou-2026",
        field: "participants",
        locator: "2nd paragraph",
        paraphrase: "The Ministry of Climate, Energy and Environment held the 7th meeting with China's ministry.",
        note: "Supports only the MCEE and China's ministry; Korea's earlier Ministry of Environment rests on the 2019 reports.",
      },
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
    nameKo: "한중 환경부 국장급회의",
    nameZh: "中韩环境司局级政策对话",
    format: "bilateral",
    level: "director_general",
    // The sources disagree (see the competing citations and the summary).
    cadence: "unknown",
    sector: "environment-climate",
    agreement: "environmental-cooperation-mou-2026",
    participants: ["moe-korea", "mee-china", "mcee"],
    summaryEn:
      "Policy dialogue at director-general level between Korea's environment ministry and China's Ministry of Ecology and Environment, held since November 2016 to expand policy exchange for resolving fine dust issues; its 7th meeting was in Beijing on 20 December 2023, roughly one a year. The revised environment and climate MOU of January 2026, signed by Korea's Ministry of Climate, Energy and Environment, defines the dialogue's role (per Korean reporting of the ministry's release). Reports differ on its cadence under that MOU: yearly, hosted by each side in turn (ZDNet Korea); alternating each year with the ministers' meeting (Edaily, Eco-Business); every other year (the sponsored Kryptonary article); so it is recorded as unknown.",
    summaryKo:
      "한국 환경부처와 중국 생태환경부 간 국장급 정책대화로, 미세먼지 문제 해결을 위한 정책 교류를 확대하고자 2016년 11월부터 열리고 있으며, 제7차 회의는 2023년 12월 20일 베이징에서 열렸다(대략 한 해 한 번). 한국 기후에너지환경부가 서명한 2026년 1월 개정 환경 및 기후 협력 양해각서는 이 대화의 역할을 정하고 있다(부처 보도자료를 전한 국내 보도). 양해각서에 따른 개최 주기는 보도마다 다르다. 매년 양측이 번갈아 개최(지디넷코리아), 장관회의와 해마다 번갈아 개최(이데일리, Eco-Business), 격년 개최(Kryptonary 후원 기사)로 엇갈려 주기를 미상으로 기록한다.",
    summaryZh:
      "韩国环境部门与中国生态环境部之间的司局级政策对话，自2016年11月起举行，旨在扩大为解决细颗粒物问题而开展的政策交流；第七次会议于2023年12月20日在北京举行，大致每年一次。韩国气候能源环境部签署的2026年1月修订版环境与气候合作谅解备忘录规定了该对话的作用（据韩国媒体对该部新闻稿的报道）。关于备忘录下的举行周期，各方报道不一：每年由双方轮流主办（ZDNet Korea）、与部长会议逐年交替（Edaily、Eco-Business）、每两年一次（Kryptonary赞助文章），因此周期记为未知。",
    meetings: [
      {
        slug: "directors-general-policy-dialogue-environment-1",
        number: 1,
        status: "held",
        heldOn: { on: "2016-11", precision: "month" },
        placeEn: "Seoul",
        placeKo: "서울",
        placeZh: "首尔",
        participants: [],
        reviews: [],
        translated: ["placeKo", "placeZh"],
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
          {
            source: "nm-ytn-2016-jc",
            field: "placeEn",
            locator: "last paragraphs",
            paraphrase:
              "Director-general talks were to be held alongside the joint environment committee meeting in Seoul on 23 November 2016.",
          },
        ],
      },
      {
        slug: "directors-general-policy-dialogue-environment-2",
        number: 2,
        status: "held",
        participants: [],
        reviews: [],
        citations: [
          {
            source: "nm-mofa-en-22nd-jc",
            field: "number",
            locator: "1st paragraph",
            paraphrase:
              "An advance notice: the second director-general dialogue is to take place on 17 January alongside the 22nd joint committee in Jinan; no year is shown.",
            note: "The page does not name the dialogue's own venue, so no place is recorded. That it took place follows from the 3rd meeting being reported.",
          },
        ],
      },
      {
        slug: "directors-general-policy-dialogue-environment-3",
        number: 3,
        status: "held",
        placeEn: "Seoul",
        placeKo: "서울",
        placeZh: "首尔",
        participants: [],
        reviews: [],
        translated: ["placeKo", "placeZh"],
        citations: [
          {
            source: "nm-sedaily-dg3",
            field: "number",
            locator: "photo caption",
            paraphrase:
              "The 3rd director-general meeting and the cooperation centre's 1st steering committee met at the Lotte Hotel in Seoul on the 22nd; no year is shown.",
          },
          {
            source: "nm-mofa-en-23rd-jc",
            field: "placeEn",
            locator: "1st paragraph",
            paraphrase:
              "A director-general-level meeting was held in Seoul on 22 January, led by Hwang Suk-tae and Guo Jing; the year is not shown.",
          },
        ],
      },
      {
        slug: "directors-general-policy-dialogue-environment-2021-08",
        status: "held",
        heldOn: { on: "2021-08-26", precision: "day" },
        placeEn: "Videoconference (Sejong–Beijing)",
        placeKo: "화상회의(세종–베이징)",
        placeZh: "视频会议（世宗—北京）",
        agendaEn:
          "Review of the Clear Sky Plan: the previous year's results and the 2021 detailed implementation plan.",
        agendaKo: "청천 계획 점검: 전년도 성과와 2021년 세부 이행계획.",
        agendaZh: "审议晴天计划：上一年度成果和2021年度详细实施计划。",
        participants: [],
        reviews: [{ agreement: "clear-sky-plan", noteEn: "Reviewed the plan's results and its 2021 detailed plan." }],
        translated: ["placeKo", "placeZh", "agendaKo", "agendaZh"],
        citations: [
          {
            source: "nm-etnews-dg-2021",
            field: "heldOn",
            locator: "1st–3rd paragraphs",
            paraphrase:
              "The two environment ministries' director-general meeting was held by video on 26 August (2021); no ordinal is given.",
          },
          {
            source: "nm-etnews-dg-2021",
            field: "placeEn",
            locator: "1st–3rd paragraphs",
            paraphrase: "Held by video between Sejong and Beijing.",
          },
          {
            source: "nm-etnews-dg-2021",
            field: "agendaEn",
            locator: "3rd–4th paragraphs",
            paraphrase:
              "The meeting reviewed the previous year's results and the 2021 detailed implementation plan fixed in March.",
          },
          {
            source: "nm-etnews-dg-2021",
            field: "reviews",
            locator: "3rd–4th paragraphs",
            paraphrase: "The Clear Sky Plan was reviewed.",
          },
        ],
      },
      {
        slug: "directors-general-policy-dialogue-environment-7",
        number: 7,
        status: "held",
        heldOn: { on: "2023-12-20", precision: "day", inferred: { reasoning: YEAR_2023_REASONING } },
        placeEn: "Beijing",
        placeKo: "베이징",
        placeZh: "北京",
        agendaEn:
          "Enhancing environmental cooperation between the two countries, focusing on fine dust reduction through the 5th Fine Dust Seasonal Management Plan (1 December 2023 – 31 March 2024) and joint responses to yellow dust; review of the Second Korea-China Environmental Cooperation Plan (2023-2027); mutual cooperation for the successful hosting of events in the second half of 2024, including the 25th Tripartite Environment Ministers Meeting (Korea-China-Japan) and the 5th Intergovernmental Negotiating Committee on Plastics; the implementation status of the 2023 Clear Sky Plan.",
        agendaKo:
          "제5차 미세먼지 계절관리 계획(2023년 12월 1일~2024년 3월 31일)을 통한 미세먼지 저감과 황사 공동 대응을 중심으로 한 양국 환경협력 강화, 제2차 한중 환경협력계획(2023~2027) 검토, 제25차 한중일 환경장관회의와 제5차 플라스틱 정부간협상위원회 등 2024년 하반기 행사의 성공적 개최를 위한 상호 협력, 2023 청천 계획 이행 현황.",
        agendaZh:
          "以通过第五期细颗粒物季节管理计划（2023年12月1日至2024年3月31日）减少细颗粒物和共同应对沙尘为重点，加强两国环境合作；审议第二期中韩环境合作计划（2023—2027年）；为成功举办2024年下半年的活动（包括第二十五次中日韩环境部长会议和塑料污染政府间谈判委员会第五届会议）开展相互合作；2023年晴天计划实施情况。",
        outcomesEn:
          "Both sides reported that the Clear Sky Plan contributes to concretizing environmental cooperation between the two countries through policy and technology exchange, joint research and technology industrialization, and plan to gather their intentions for its continuous development. Korea's chief representative said Korea would strengthen cooperation on common challenges such as fine dust and yellow dust and expand exchanges to improve environmental issues in Northeast Asia.",
        outcomesKo:
          "양측은 청천 계획이 정책·기술 교류, 공동연구, 기술 산업화를 통해 양국 환경협력을 구체화하는 데 기여하고 있다고 보고하고, 계획의 지속적 발전을 위해 뜻을 모으기로 했다. 한국 측 수석대표는 미세먼지·황사 등 공동 과제에 대한 협력을 강화하고 동북아 환경 문제 개선을 위한 교류를 확대하겠다고 밝혔다.",
        outcomesZh:
          "双方表示，晴天计划通过政策与技术交流、联合研究和技术产业化，为推动两国环境合作具体化作出了贡献，并计划为其持续发展凝聚共识。韩方首席代表表示，韩国将加强在细颗粒物和沙尘等共同挑战上的合作，并扩大交流以改善东北亚环境问题。",
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
        translated: ["placeKo", "agendaKo", "agendaZh", "outcomesKo", "outcomesZh"],
        citations: [
          {
            source: "nm-luxu-ciepec-2017",
            field: "placeZh",
            locator: "dateline (low-trust repost)",
            paraphrase: "Writes the city's Chinese name 北京.",
          },
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
            source: "nm-zdnet-search-dg7",
            field: "heldOn",
            locator: "listing lead",
            paraphrase:
              "A Korean listing, posted on the 19th, says the 7th meeting is to be held in Beijing on the 20th; it names the 2023 Clear Sky Plan.",
            note: "An advance notice, not a report of the meeting; it shows no year. Corroborates the planned day and the place. No web source found states the year outright, so the year stays inferred (from the plans the meeting discussed).",
          },
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
    translated: ["nameZh", "summaryKo", "summaryZh"],
    aliases: ["한중 환경국장급 정책대화", "국장급 정책대화", "한·중 환경협력 국장회의", "DGPD"],
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
        stance: "competing",
        claim: "biennial",
        note: "The sponsored Kryptonary article (low trust) gives this cadence for the 2026 MOU's framework; the other reports differ, and meetings 1 to 7 (November 2016 to December 2023) came about once a year.",
      },
      {
        source: "nm-zdnet-mou-env",
        field: "cadence",
        locator: "last text paragraph",
        stance: "competing",
        claim: "annual (hosted by each side in turn)",
        paraphrase:
          "Under the 2026 MOU the director-general policy dialogue is held every year, hosted by the two sides in turn.",
        note: "One of three differing reports; none of them quotes the MOU's text.",
      },
      {
        source: "nm-edaily-zum-mou",
        field: "cadence",
        locator: "6th paragraph",
        stance: "competing",
        claim: "alternating each year with the ministers' meeting",
        paraphrase:
          "The ministers' meeting and the director-general dialogue are to be held alternately each year, barring special circumstances.",
        note: "A portal copy of an Edaily article; it can be read as either yearly or every other year.",
      },
      {
        source: "nm-eco-business-mou",
        field: "cadence",
        locator: "5th paragraph",
        stance: "competing",
        claim: "alternating year on year",
        paraphrase: "Director-general dialogues alternate year on year alongside the yearly ministers' meetings.",
        note: "Can be read as every other year; it disagrees with the yearly cadence ZDNet Korea reports.",
      },
      {
        source: S001,
        quote: "policy dialogues at the director-general level will take place every other year",
        field: "agreement",
        note: "The sponsored Kryptonary article places director-general dialogues within the 2026 MOU's framework; the non-sponsored reports cited with this field say the same. The Ministry of Environment's press release of December 2023 shows the dialogue has met since 2016, before that MOU.",
      },
      {
        source: "nm-ekn-mou-2026",
        field: "agreement",
        locator: "6th paragraph",
        paraphrase:
          "Relaying the MCEE's release: the revised MOU defines the role of the director-general policy dialogue.",
      },
      {
        source: "nm-segye-mou",
        field: "agreement",
        locator: "3rd–4th paragraphs",
        paraphrase: "The revision sets out the roles of the director-general dialogue and the cooperation centre.",
      },
      {
        source: "nm-zdnet-search-dg7",
        field: "nameKo",
        locator: "listing lead, 1st sentence",
        paraphrase: "ZDNet Korea names the meeting 한중 환경부 국장급회의.",
      },
      {
        source: "nm-ekn-mou-2026",
        field: "aliases",
        locator: "6th paragraph",
        paraphrase: "Calls it the 국장급 정책대화.",
      },
      {
        source: "nm-sedaily-dg3",
        field: "aliases",
        locator: "photo caption",
        paraphrase: "A photo caption calls it the 한·중 환경협력 국장회의.",
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
        note: "The MCEE, the Korean signatory of the MOU that defines the dialogue's role, takes part on Korea's side from 2026 (see the Energy Economic News citation).",
      },
      {
        source: "nm-ekn-mou-2026",
        field: "participants",
        locator: "6th paragraph",
        paraphrase:
          "The MOU that the MCEE signed defines the director-general dialogue's role alongside the ministers' meeting.",
      },
    ],
  },
  {
    slug: "ict-strategy-dialogue",
    nameEn: "Korea–China ICT Cooperation Strategy Dialogue",
    nameKo: "한·중 ICT 협력 전략대화",
    nameZh: "中韩信息通信合作部级战略对话",
    format: "bilateral",
    // Its meetings were held at vice-minister (1st, 4th) and minister (3rd) level.
    level: "unknown",
    // No source states a cadence; the meetings came 2, 3 and 7 years apart.
    cadence: "unknown",
    // Korea's side is the Ministry of Science and ICT: the science and ICT track. The
    // timeline also lists it under digital, the track of the agreement it comes with.
    sector: "science-ict",
    agreement: "digital-technology-agreement-2026",
    participants: ["msit", "miit"],
    summaryEn:
      "Strategy dialogue on ICT cooperation between Korea's science and ICT ministry and China's Ministry of Industry and Information Technology, agreed at the June 2013 summit and first held in Seoul in December 2013. Reported rounds: the 1st (Seoul, 2013, vice-ministers), the 3rd (Beijing, 2015, ministers), the 4th (Seoul, 2018, vice-ministers) and a 5th planned in Beijing in 2026 with the January 2026 digital technology MOU, to explore ways to coordinate digital policy while supporting innovation and resilience in emerging technologies (per the sponsored Kryptonary article). The 2nd round (2014) is not confirmed by the sources found. The rounds were held at different levels and no source states a cadence, so both are recorded as unknown.",
    summaryKo:
      "한국 과학기술·정보통신 주무 부처와 중국 공업정보화부 간 ICT 협력 전략대화로, 2013년 6월 정상회담에서 합의되어 2013년 12월 서울에서 처음 열렸다. 보도된 회의는 제1차(서울, 2013년, 차관급), 제3차(베이징, 2015년, 장관급), 제4차(서울, 2018년, 차관급)이며, 제5차는 2026년 1월 디지털 기술 협력 양해각서와 함께 2026년 베이징에서 열릴 예정으로, 신흥 기술의 혁신과 회복력을 지원하면서 디지털 정책을 조율하는 방안을 모색한다(Kryptonary 후원 기사). 제2차 회의(2014년)는 확인되지 않았다. 회의마다 급이 달랐고 주기를 밝힌 자료가 없어 급과 주기 모두 미상으로 기록한다.",
    summaryZh:
      "韩国科学和信息通信主管部门与中国工业和信息化部之间的信息通信合作战略对话，由2013年6月两国首脑会谈商定，2013年12月在首尔首次举行。已报道的会议有：第一次（首尔，2013年，副部级）、第三次（北京，2015年，部级）、第四次（首尔，2018年，副部级），第五次计划随2026年1月数字技术合作谅解备忘录于2026年在北京举行，探讨在支持新兴技术创新和韧性的同时协调数字政策的途径（据Kryptonary赞助文章）。第二次会议（2014年）未经所见资料证实。各次会议级别不同，也没有资料说明其周期，因此级别和周期均记为未知。",
    meetings: [
      {
        slug: "ict-strategy-dialogue-1",
        number: 1,
        status: "held",
        heldOn: { on: "2013-12-06", precision: "day" },
        placeEn: "Seoul",
        placeKo: "서울",
        placeZh: "首尔",
        agendaEn: "5G, network security and internet address resources (vice-ministers Yoon Jong-rok and Shang Bing).",
        agendaKo: "5G, 네트워크 보안, 인터넷 주소 자원(윤종록 차관과 상빙 부부장).",
        agendaZh: "5G、网络安全和互联网地址资源（尹钟录副部长与尚冰副部长）。",
        participants: [],
        reviews: [],
        translated: ["placeKo", "placeZh", "agendaKo", "agendaZh"],
        citations: [
          {
            source: "nm-newdaily-ict-1",
            field: "heldOn",
            locator: "1st–3rd lines",
            paraphrase: "The first dialogue was held in Seoul on the 6th (December 2013), at vice-minister level.",
          },
          {
            source: "nm-newdaily-ict-1",
            field: "placeEn",
            locator: "1st–3rd lines",
            paraphrase: "Held in Seoul.",
          },
          {
            source: "nm-etnews-ict-1",
            field: "number",
            locator: "2nd–3rd paragraphs",
            paraphrase:
              "Agreed at the June summit and held for the first time now; the 2nd round is planned in China next year.",
          },
          {
            source: "nm-etnews-ict-1",
            field: "agendaEn",
            locator: "headline and 2nd–3rd paragraphs",
            paraphrase: "The two sides started ICT cooperation on 5G and related topics.",
          },
          {
            source: "nm-newdaily-ict-1",
            field: "agendaEn",
            locator: "1st–3rd lines",
            paraphrase:
              "Vice-ministers Yoon Jong-rok and Shang Bing discussed 5G, network security and internet address resources.",
          },
        ],
      },
      {
        slug: "ict-strategy-dialogue-3",
        number: 3,
        status: "held",
        heldOn: { on: "2015-12-17", precision: "day" },
        placeEn: "Beijing",
        placeKo: "베이징",
        placeZh: "北京",
        participants: [],
        reviews: [],
        translated: ["placeKo"],
        citations: [
          {
            source: "nm-luxu-ciepec-2017",
            field: "placeZh",
            locator: "dateline (low-trust repost)",
            paraphrase: "Writes the city's Chinese name 北京.",
          },
          {
            source: "nm-cac-ict-2015",
            field: "heldOn",
            locator: "1st paragraph",
            paraphrase: "The third ministerial round was held in Beijing on 17 December 2015.",
          },
          {
            source: "nm-cac-ict-2015",
            field: "number",
            locator: "1st paragraph",
            paraphrase: "Called the third round.",
          },
          {
            source: "nm-cac-ict-2015",
            field: "placeEn",
            locator: "1st paragraph",
            paraphrase: "Held in Beijing.",
          },
          {
            source: "nm-wowtv-ict-3",
            field: "number",
            locator: "2nd paragraph",
            paraphrase: "A Korean report of the 3rd ministerial dialogue in Beijing.",
          },
        ],
      },
      {
        slug: "ict-strategy-dialogue-4",
        number: 4,
        status: "held",
        heldOn: { on: "2018-12-10", precision: "day" },
        placeEn: "Seoul",
        placeKo: "서울",
        placeZh: "首尔",
        participants: [],
        reviews: [],
        translated: ["placeKo", "placeZh"],
        citations: [
          {
            source: "nm-ajunews-ict-4",
            field: "heldOn",
            locator: "1st–3rd paragraphs",
            paraphrase:
              "The 4th dialogue was held in Seoul on 10 December (2018), at vice-minister level (Min Won-ki and Chen Zhaoxiong).",
          },
          {
            source: "nm-ajunews-ict-4",
            field: "number",
            locator: "1st–3rd paragraphs",
            paraphrase: "Called the 4th dialogue.",
          },
          {
            source: "nm-ajunews-ict-4",
            field: "placeEn",
            locator: "1st–3rd paragraphs",
            paraphrase: "Held in Seoul.",
          },
          {
            source: "nm-wowtv-yonhap-ict-4",
            field: "heldOn",
            locator: "1st–2nd paragraphs",
            paraphrase: "Yonhap: the meeting came three years after the December 2015 round in Beijing.",
          },
        ],
      },
      {
        slug: "ict-strategy-dialogue-2026",
        number: 5,
        status: "scheduled",
        heldOn: { on: "2026", precision: "year" },
        placeEn: "Beijing",
        placeKo: "베이징",
        placeZh: "北京",
        participants: [],
        reviews: [],
        translated: ["placeKo", "agendaKo", "agendaZh"],
        citations: [
          {
            source: "nm-luxu-ciepec-2017",
            field: "placeZh",
            locator: "dateline (low-trust repost)",
            paraphrase: "Writes the city's Chinese name 北京.",
          },
          { source: S000, quote: "with an ICT strategy dialogue scheduled in Beijing in 2026", field: "heldOn" },
          { source: S000, quote: "with an ICT strategy dialogue scheduled in Beijing in 2026", field: "placeEn" },
          {
            source: "nm-zdnet-msit-2026",
            field: "number",
            locator: "6th text paragraph (7th with photo caption), list of bodies",
            paraphrase: "The 5th ICT strategy dialogue is scheduled in Beijing in 2026.",
          },
          {
            source: "nm-bj-asiatoday-msit",
            field: "heldOn",
            locator: "paragraph on planned meetings this year",
            paraphrase: "An ICT cooperation strategy dialogue with MIIT is to be held in Beijing this year (2026).",
          },
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
          "Ways to coordinate digital policy while supporting innovation and resilience in emerging technologies (per the sponsored Kryptonary article).",
        agendaKo: "신흥 기술의 혁신과 회복력을 지원하면서 디지털 정책을 조율하는 방안(Kryptonary 후원 기사).",
        agendaZh: "在支持新兴技术创新和韧性的同时协调数字政策的途径（据Kryptonary赞助文章）。",
      },
    ],
    translated: ["summaryKo", "summaryZh"],
    aliases: ["Korea–China ICT strategy dialogue", "한중 정보통신기술(ICT) 협력 전략대화", "한중 ICT 전략대화"],
    citations: [
      {
        source: S000,
        quote:
          "Another agreement with China’s Ministry of Industry and Information Technology expands collaboration on digital technologies, including digital inclusion, with an ICT strategy dialogue scheduled in Beijing in 2026.",
        field: "agreement",
      },
      {
        source: "nm-etnews-ict-1",
        field: "nameKo",
        locator: "2nd paragraph",
        paraphrase: "Names the dialogue 한·중 ICT 협력 전략대화.",
      },
      {
        source: "nm-cac-ict-2015",
        field: "nameZh",
        locator: "1st paragraph (name of the ministerial 3rd round)",
        paraphrase: "The Chinese government site names the ministerial third round 中韩信息通信合作部级战略对话.",
      },
      {
        source: "nm-bj-asiatoday-msit",
        field: "aliases",
        locator: "paragraph on planned meetings this year",
        paraphrase: "Calls it the 한중 정보통신기술(ICT) 협력 전략대화.",
      },
      {
        source: "nm-newdaily-ict-1",
        field: "level",
        locator: "1st–3rd lines",
        stance: "competing",
        claim: "vice-minister (1st round)",
        paraphrase:
          "The first round, in 2013, was held at vice-minister level; as other rounds differ, the record-wide level stays unknown.",
        note: "The rounds have been held at different levels, so no single level is recorded.",
      },
      {
        source: "nm-cac-ict-2015",
        field: "level",
        locator: "1st paragraph",
        stance: "competing",
        claim: "minister (3rd round)",
        paraphrase:
          "The third round, in 2015, was a ministerial dialogue; as other rounds differ, the record-wide level stays unknown.",
        note: "The rounds have been held at different levels, so no single level is recorded.",
      },
      {
        source: "nm-ajunews-ict-4",
        field: "level",
        locator: "1st–3rd paragraphs",
        stance: "competing",
        claim: "vice-minister (4th round)",
        paraphrase:
          "The fourth round, in 2018, was held at vice-minister level; as other rounds differ, the record-wide level stays unknown.",
        note: "The rounds have been held at different levels, so no single level is recorded.",
      },
      {
        source: "nm-ajunews-ict-4-full",
        locator: "4th paragraph",
        paraphrase: "The dialogue began with an agreement at the June 2013 summit and had met three times before 2018.",
        note: "No source states a cadence: the reported rounds came in 2013, 2015, 2018 and (planned) 2026.",
      },
      {
        source: "nm-cac-ict-2015",
        field: "participants",
        locator: "1st paragraph",
        paraphrase:
          "The 2015 round was between China's MIIT and Korea's science, ICT and future planning ministry (MSIT's predecessor).",
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
        note: "The agreement's signatories; the dialogue's own reports name the same two ministries (the Korean one under its earlier names).",
      },
    ],
  },
  {
    slug: "tripartite-environment-ministers-meeting",
    // 003's name.
    nameEn: "Tripartite Environment Ministers Meeting (Korea-China-Japan)",
    nameKo: "한·중·일 환경장관회의",
    nameZh: "中日韩环境部长会议",
    abbreviation: "TEMM",
    format: "trilateral",
    level: "minister",
    cadence: "annual",
    sector: "environment-climate",
    // Japan's environment ministry takes part but no source names it, so only the
    // Korean and Chinese ministries are recorded as participants (see ministries.ts).
    participants: ["moe-korea", "mee-china"],
    summaryEn:
      "The environment ministers' meeting of Korea, China and Japan, started in 1999 on Korea's proposal and held once a year in each country in turn; the three countries' cooperation runs on five-year joint action plans. Recorded meetings: the 21st (Kitakyushu, November 2019), the 24th (Nagoya, November 2023), the 25th (Jeju, September 2024), whose hosting Korea and China discussed at their December 2023 director-general dialogue, and the 26th (Yantai, September 2025), which adopted a joint action plan for 2026–2030. The sources found do not name Japan's participating ministry.",
    summaryKo:
      "1999년 한국의 제안으로 시작되어 매년 세 나라가 돌아가며 여는 한국·중국·일본 환경장관회의로, 3국 협력은 5개년 공동행동계획에 따라 이루어진다. 기록된 회의는 제21차(기타큐슈, 2019년 11월), 제24차(나고야, 2023년 11월), 제25차(제주, 2024년 9월. 한중은 2023년 12월 국장급 정책대화에서 그 개최 협력을 논의했다), 2026~2030년 공동행동계획을 채택한 제26차(옌타이, 2025년 9월)다. 자료에는 일본 측 참여 부처가 나오지 않는다.",
    summaryZh:
      "中日韩三国环境部长会议，1999年应韩方提议启动，每年在三国轮流举行；三国合作依据五年期联合行动计划开展。已记录的会议有：第二十一次（北九州，2019年11月）、第二十四次（名古屋，2023年11月）、第二十五次（济州，2024年9月；中韩曾在2023年12月的司局级政策对话上讨论其举办合作），以及通过2026—2030年联合行动计划的第二十六次（烟台，2025年9月）。所见资料未给出日方参会部门。",
    meetings: [
      {
        slug: "tripartite-environment-ministers-meeting-21",
        number: 21,
        status: "held",
        heldOn: { on: "2019-11-23", precision: "day" },
        placeEn: "Kitakyushu, Japan",
        placeKo: "일본 기타큐슈",
        placeZh: "日本北九州",
        participants: [],
        reviews: [],
        translated: ["placeKo", "placeZh"],
        citations: [
          {
            source: "nm-scxrwt-temm21-zh",
            field: "heldOn",
            locator: "1st and 3rd paragraphs",
            paraphrase:
              "The 21st meeting was held on 23–24 November (2019) in Kitakyushu, where a joint communiqué was adopted and signed.",
          },
          {
            source: "nm-scxrwt-temm21-zh",
            field: "number",
            locator: "headline",
            paraphrase: "Called the 21st meeting.",
          },
          {
            source: "nm-scxrwt-temm21-zh",
            field: "placeEn",
            locator: "1st paragraph",
            paraphrase: "Held in Kitakyushu, Japan.",
          },
          {
            source: "nm-ea-yna-temm-2019",
            field: "heldOn",
            locator: "1st-2nd paragraphs",
            paraphrase: "Yonhap's preview of the 21st meeting in Kitakyushu (21 November 2019).",
          },
        ],
      },
      {
        slug: "tripartite-environment-ministers-meeting-24",
        number: 24,
        status: "held",
        heldOn: {
          on: "2023-11-04",
          precision: "day",
          inferred: {
            reasoning:
              "The report gives 4 November without a year. The meeting is held once a year and the 25th was held in September 2024, so the 24th was in 2023.",
          },
        },
        placeEn: "Nagoya, Japan",
        placeKo: "일본 나고야",
        placeZh: "日本名古屋",
        outcomesEn: "The three ministers adopted a joint communiqué.",
        outcomesKo: "3국 장관이 공동합의문을 채택했다.",
        outcomesZh: "三国部长通过了联合公报。",
        participants: [],
        reviews: [],
        translated: ["placeKo", "placeZh", "outcomesKo", "outcomesZh"],
        citations: [
          {
            source: "nm-enewsp-temm24",
            field: "heldOn",
            locator: "1st paragraph",
            paraphrase: "The 24th meeting was held in Nagoya on 4 November; no year is shown.",
          },
          {
            source: "nm-enewsp-temm24",
            field: "number",
            locator: "1st paragraph",
            paraphrase: "Called the 24th meeting.",
          },
          {
            source: "nm-enewsp-temm24",
            field: "placeEn",
            locator: "1st paragraph",
            paraphrase: "Held in Nagoya.",
          },
          {
            source: "nm-enewsp-temm24",
            field: "outcomesEn",
            locator: "headline",
            paraphrase: "The three ministers signed a joint agreement, including cooperation on yellow dust.",
          },
        ],
      },
      {
        slug: "tripartite-environment-ministers-meeting-25",
        number: 25,
        status: "held",
        heldOn: { on: "2024-09-28", precision: "day" },
        placeEn: "Jeju, Korea",
        placeKo: "제주",
        placeZh: "韩国济州",
        participants: [],
        reviews: [],
        translated: ["placeKo", "placeZh"],
        citations: [
          {
            source: S003,
            quote:
              "events scheduled for the second half of next year, including the 25th Tripartite Environment Ministers Meeting (Korea-China-Japan)",
            field: "heldOn",
            note: "As of December 2023 it was scheduled for the second half of 2024; it was held in Jeju on 28–29 September 2024.",
          },
          {
            source: "nm-tcs-temm25",
            field: "heldOn",
            locator: "1st–3rd paragraphs",
            paraphrase: "The 25th meeting was held in Jeju on 28–29 September 2024.",
          },
          {
            source: "nm-tcs-temm25",
            field: "placeEn",
            locator: "headline",
            paraphrase: "Held on Jeju island, Korea.",
          },
          {
            source: "nm-tcs-temm25",
            field: "status",
            locator: "1st–3rd paragraphs",
            paraphrase: "The ministers met and agreed priority areas for the next joint action plan.",
          },
          {
            source: S003,
            quote: "the 25th Tripartite Environment Ministers Meeting (Korea-China-Japan)",
            field: "number",
          },
        ],
      },
      {
        slug: "tripartite-environment-ministers-meeting-26",
        number: 26,
        status: "held",
        heldOn: { on: "2025-09-27", precision: "day" },
        placeEn: "Yantai, China",
        placeKo: "중국 옌타이",
        placeZh: "中国烟台",
        outcomesEn: "The ministers adopted a new joint action plan for 2026–2030.",
        outcomesKo: "3국 장관이 2026~2030년 새 공동행동계획을 채택했다.",
        outcomesZh: "三国部长通过了2026—2030年新一期联合行动计划。",
        participants: [],
        reviews: [],
        translated: ["placeKo", "placeZh", "outcomesKo", "outcomesZh"],
        citations: [
          {
            source: "nm-heraldcorp-temm26",
            field: "heldOn",
            locator: "1st–2nd paragraphs",
            paraphrase: "The 26th meeting was held in Yantai on 27–28 September (reported 28 September 2025).",
          },
          {
            source: "nm-heraldcorp-temm26",
            field: "number",
            locator: "1st–2nd paragraphs",
            paraphrase: "Called the 26th meeting.",
          },
          {
            source: "nm-hkbs-temm26",
            field: "placeEn",
            locator: "1st paragraph",
            paraphrase: "A photo story from Yantai, China, on the meeting (TEMM26).",
          },
          {
            source: "nm-dufeng-temm26-zh",
            field: "outcomesEn",
            locator: "1st paragraph",
            paraphrase: "The three countries signed a new joint action plan for 2026–2030 (low-trust repost).",
          },
        ],
      },
    ],
    translated: ["summaryKo", "summaryZh"],
    aliases: ["3국 환경장관회의", "한중일 환경장관회의"],
    citations: [
      { source: S003, quote: "the 25th Tripartite Environment Ministers Meeting (Korea-China-Japan)", field: "nameEn" },
      {
        source: "nm-hkbs-temm26",
        field: "nameKo",
        locator: "1st paragraph, with (TEMM26)",
        paraphrase: "Names the meeting 한·중·일 환경장관회의.",
      },
      {
        source: "nm-hkbs-temm26",
        field: "abbreviation",
        locator: "1st paragraph, with (TEMM26)",
        paraphrase: "Uses the abbreviation TEMM (TEMM26 for the 26th meeting).",
      },
      {
        source: "nm-scxrwt-temm21-zh",
        field: "nameZh",
        locator: "headline and last paragraph (low-trust repost)",
        paraphrase: "A repost of a People's Daily item names the meeting 中日韩环境部长会议.",
      },
      {
        source: "nm-scxrwt-temm21-zh",
        field: "cadence",
        locator: "last paragraph",
        paraphrase: "The meeting began in 1999 and is held once a year in the three countries in turn.",
      },
      {
        source: "nm-ytn-temm-1999",
        field: "cadence",
        locator: "last sentence",
        paraphrase: "Started on Korea's proposal in 1999, it is hosted by each country in turn every year.",
      },
      {
        source: "nm-ea-yna-temm-2019",
        field: "cadence",
        locator: "3rd paragraph",
        paraphrase: "Launched in 1999 on Seoul's proposal and held annually.",
      },
      {
        source: "nm-scxrwt-temm21-zh",
        field: "summaryEn",
        locator: "2nd paragraph",
        paraphrase: "2019 was the last year of the 2015–2019 joint action plan.",
      },
      {
        source: S003,
        quote:
          "they discussed mutual cooperation measures for the successful hosting of events scheduled for the second half of next year, including the 25th Tripartite Environment Ministers Meeting (Korea-China-Japan)",
        field: "participants",
      },
    ],
  },
];
