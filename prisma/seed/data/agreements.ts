import type { SeedAgreement, SeedCitation, SeedDate } from "../../../lib/schemas/seed";
import { S000, S001, S002, S003, S004 } from "./source-files";

/**
 * Agreements, MOUs and signed plans.
 *
 * Statuses: every one is "signed". Only the 1993 agreement's entry into force is
 * reported (recorded as its effectiveOn, in 1993); no source says whether any of
 * them is in force today, expired or was superseded. The 2014 MOU was revised by the
 * 2026 MOU, which is recorded as the 2026 MOU's relation to it, not as a status.
 *
 * Web sources (ids "nm-…", web-sources-names.ts) add official Korean and Chinese
 * titles and state dates the source documents left to inference.
 */

/**
 * Why the four MOUs and agreements of the leaders' meeting were first dated 5 January
 * 2026 by inference, from the source documents alone. Web reporting has since stated
 * the date (see LEADERS_MEETING_CONFIRMED), so it is no longer recorded as inferred.
 */
export const SIGNING_DATE_REASONING =
  "The news brief on the leaders' meeting dates the signing “05 Monday 2025”, which cannot be right. The same text says the environmental MOU updates the 2014 agreement “for the first time in 12 years” (so 2026), and that the Korean signatory was the Ministry of Climate, Energy and Environment, which that ministry's press release of 29 May 2026 says was launched in October 2025. No 5th of a month from October to December 2025 was a Monday; Monday 5 January 2026 was.";

/** The note on the web citations that state the date the tracker had inferred. */
export const LEADERS_MEETING_CONFIRMED =
  "Confirms the date the tracker had first inferred from the news brief's “05 Monday 2025” (read as Monday 5 January 2026, because the MCEE that signed was launched in October 2025 and the 2014 agreement was updated after 12 years): the documents were signed in Beijing on 5 January 2026.";

/** The signing date of the agreements signed at the leaders' meeting, stated by reporting. */
export const LEADERS_MEETING_DATE: SeedDate = { on: "2026-01-05", precision: "day" };

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
      note: "Cannot be right: the MCEE that signed did not exist before October 2025, and no 5th of October, November or December 2025 was a Monday. Read as Monday 5 January 2026, as reporting since confirms.",
    },
    {
      source: "nm-sbs-15-docs",
      field,
      locator: "2nd paragraph and photo captions",
      paraphrase:
        "Reports on 5 January 2026 that 14 MOUs and one donation certificate, 15 documents in all, were adopted at the Beijing summit that day.",
      note: LEADERS_MEETING_CONFIRMED,
    },
    {
      source: "nm-bj-asiae-en-summit",
      field,
      locator: "1st paragraph",
      paraphrase:
        "The two leaders met for about 90 minutes in the Great Hall of the People in Beijing on 5 January 2026.",
      note: LEADERS_MEETING_CONFIRMED,
    },
    {
      source: "nm-bj-qstheory-xinhua",
      field,
      locator: "photo caption mid-article",
      paraphrase:
        "Xinhua's caption: once their talks ended, the two leaders looked on as cooperation papers were signed.",
    },
  ];
}

/** The Second Environmental Cooperation Plan's titles, the same for the agreement and the plan. */
export const SECOND_PLAN_TITLES = {
  titleEn: "Second Korea-China Environmental Cooperation Plan (2023-2027)",
  titleKo: "제2차 한중 환경협력계획(2023~2027년)",
  titleZh: "第二期中韩环境合作计划（2023—2027年）",
};

/** Where the Second Environmental Cooperation Plan (agreement and plan) takes its Korean title from. */
export const SECOND_PLAN_KO_TITLE_CITATION: SeedCitation = {
  source: "nm-ecc-5th-aemm",
  field: "titleKo",
  locator: "second-to-last paragraph",
  paraphrase: "The cooperation centre's page gives the Korean title 제2차 한중 환경협력계획(2023~2027년).",
};

/** Where the Clear Sky agreement and plan take their Korean and Chinese titles from. */
export const CLEAR_SKY_KO_ZH_TITLE_CITATIONS: SeedCitation[] = [
  {
    source: "nm-constimes-clearsky",
    field: "titleKo",
    locator: "3rd paragraph",
    paraphrase: "Gives the Korean name 청천(晴天, 맑은 하늘)계획.",
  },
  {
    source: "nm-dzwww-hanwhajin",
    field: "titleZh",
    locator: "paragraph with Han Wha-jin's speech",
    paraphrase: "A Shandong daily gives the Chinese name 晴天计划 (September 2022).",
  },
];

/** The Clear Sky agreement's and plan's Korean alias "푸른 하늘 계획". */
export const CLEAR_SKY_ALIAS_CITATION: SeedCitation = {
  source: "nm-tvchosun-clearsky",
  field: "aliases",
  locator: "headline",
  paraphrase: "TV Chosun calls it the 푸른 하늘(晴天) 계획.",
};

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
    note: "The same Korea–China air-pollution plan under another English name, in news texts; the governments' own releases (the Ministry of Environment's of December 2023 and the Ministry of Climate, Energy and Environment's of 29 May 2026) call it the Clear Sky Plan.",
  },
  {
    source: S001,
    quote: "initiatives like the “Blue Sky” plan to reduce cross-border air pollution",
    field: "titleEn",
    stance: "competing",
    claim: "Blue Sky",
    note: "As for the news brief on the leaders' meeting: a low-trust text's name for the plan the governments call the Clear Sky Plan.",
  },
];

export const agreements: SeedAgreement[] = [
  // ---------------------------------------------------------------- environment lineage 1993 → 2014 → 2026
  {
    slug: "environmental-cooperation-agreement-1993",
    kind: "agreement",
    status: "signed",
    titleEn:
      "Agreement on Environmental Cooperation between the Government of the Republic of Korea and the Government of the People's Republic of China",
    titleKo: "한·중간 환경협력에 관한 협정",
    titleZh: "中华人民共和国政府和大韩民国政府环境合作协定",
    summaryEn:
      "The two governments' framework agreement on environmental cooperation, signed in Beijing on 28 October 1993: exchange of data and experts, joint seminars and research, pollution control and other fields. It set up the Korea–China Joint Committee on Environmental Cooperation, which meets yearly in each country in turn; the news brief on the leaders' meeting counts it among the ways the two countries have worked on environmental issues since the early 1990s.",
    summaryKo:
      "1993년 10월 28일 베이징에서 서명된 양국 정부 간 환경협력 기본 협정으로, 자료·전문가 교류, 공동 세미나와 공동연구, 오염 방지 등의 분야를 다룬다. 이 협정에 따라 한·중 환경협력공동위원회가 설치되어 매년 양국을 번갈아 가며 열린다. 정상회담 관련 뉴스 브리프는 이를 양국이 1990년대 초부터 환경 문제에 협력해 온 수단의 하나로 꼽는다.",
    summaryZh:
      "两国政府间的环境合作框架协定，1993年10月28日在北京签署，涵盖资料与专家交流、联合研讨会与联合研究、污染防治等领域。据此设立的中韩环境合作联合委员会每年在两国轮流举行。领导人会晤相关新闻简报将其列为两国自20世纪90年代初以来在环境问题上开展合作的途径之一。",
    signedOn: { on: "1993-10-28", precision: "day" },
    effectiveOn: { on: "1993-11-27", precision: "day" },
    signatories: ["government-korea", "government-china"],
    topics: [],
    // The Chinese title is shown only in traditional script (a low-trust wiki); this is
    // its simplified form.
    translated: ["titleZh", "summaryKo", "summaryZh"],
    aliases: ["Korea–China environmental cooperation agreement (1993)", "한중 환경협력협정"],
    citations: [
      {
        source: "nm-ea-worldjpn-env-1993",
        field: "titleEn",
        locator: "page title",
        paraphrase: "Gives the agreement's full English title, between the two governments.",
      },
      {
        source: "nm-ea-worldjpn-env-1993",
        field: "signatories",
        locator: "page title",
        paraphrase: "Per the title, the two national governments of Korea and the PRC are the parties.",
      },
      {
        source: "nm-ea-worldjpn-env-1993",
        field: "signedOn",
        locator: "header: Place and Date lines",
        paraphrase: "Signed in Beijing on 28 October 1993; the text is credited to Korea's foreign ministry.",
      },
      {
        source: "nm-ea-worldjpn-env-1993",
        field: "effectiveOn",
        locator: "header: Place and Date lines",
        paraphrase: "Entered into force on 27 November 1993.",
      },
      {
        source: "nm-ea-newton-env-1993",
        field: "effectiveOn",
        locator: "infobox: signing and effective dates",
        stance: "competing",
        claim: "1993-11-28",
        paraphrase: "A Chinese wiki gives the same signing date but 28 November 1993 for entry into force.",
        note: "A low-trust wiki, one day off; the treaty database that reproduces the text (citing Korea's foreign ministry) is kept.",
      },
      {
        source: "nm-ea-worldjpn-env-1993",
        field: "summaryEn",
        locator: "Articles 1-2",
        paraphrase:
          "The parties promote environmental cooperation through exchange of data and experts, seminars and joint research.",
      },
      {
        source: "nm-ea-newswire-mofa-jc21",
        field: "titleKo",
        locator: "5th (last) paragraph (name as cited in MOFA release; may be a short form)",
        paraphrase: "Korea's foreign ministry names the agreement 한·중간 환경협력에 관한 협정.",
      },
      {
        source: "nm-ea-newswire-mofa-jc21",
        field: "summaryEn",
        locator: "5th (last) paragraph",
        paraphrase:
          "The joint committee on environmental cooperation has met yearly, in each country in turn, under the 1993 agreement.",
      },
      {
        source: "nm-ea-cncmrn-jc-2011",
        field: "summaryEn",
        locator: "last paragraph",
        paraphrase:
          "The joint committee was set up under the October 1993 agreement and meets yearly, alternating between the two countries.",
      },
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
    // The MCEE's release calls it an MOU, revised on 3 July 2014; the news texts call
    // it the 2014 environmental cooperation agreement (kept as an alias).
    kind: "mou",
    status: "signed",
    titleEn: "Korea–China environmental cooperation MOU (2014 revision)",
    titleKo: "한중 환경협력 양해각서(2014년 개정)",
    titleZh: "中韩环境合作谅解备忘录（2014年修订）",
    summaryEn:
      "The bilateral environmental cooperation MOU as revised on 3 July 2014, during Xi Jinping's state visit to Korea, centred on air quality (fine dust and yellow sand); the news texts call it the 2014 environmental cooperation agreement. In January 2026 it was revised again, for the first time in 12 years, by the MOU between Korea's Ministry of Climate, Energy and Environment and China's Ministry of Ecology and Environment. The sources name no signatories.",
    summaryKo:
      "2014년 7월 3일 시진핑 국가주석의 방한 때 개정된 양국 환경협력 양해각서로, 대기질(미세먼지·황사)을 중심으로 한다. 뉴스 기사에서는 2014년 환경협력협정이라 부른다. 2026년 1월 한국 기후에너지환경부와 중국 생태환경부 간 양해각서로 12년 만에 다시 개정되었다. 자료에는 서명 기관이 나오지 않는다.",
    summaryZh:
      "2014年7月3日习近平国家主席访韩期间修订的两国环境合作谅解备忘录，以空气质量（细颗粒物和沙尘）为重点；新闻报道称之为2014年环境合作协定。2026年1月，韩国气候能源环境部与中国生态环境部签署的谅解备忘录对其进行了12年来的首次修订。资料未给出签署方。",
    signedOn: { on: "2014-07-03", precision: "day" },
    // No source says that the 2014 agreement revised or replaced the 1993 one; it is
    // the next agreement in the same line, hence "follows".
    previous: "environmental-cooperation-agreement-1993",
    relation: "follows",
    signatories: [],
    topics: ["fine-dust", "yellow-dust", "air-pollution"],
    translated: ["titleKo", "titleZh", "summaryKo", "summaryZh"],
    aliases: ["Korea–China environmental cooperation agreement (2014)", "2014 environmental cooperation agreement"],
    citations: [
      {
        source: S000,
        quote: "updating a 2014 environmental cooperation agreement for the first time in 12 years",
        field: "signedOn",
      },
      {
        source: "nm-me-en-mou-2026",
        field: "signedOn",
        locator: "paragraph on first revision in 12 years",
        paraphrase: "The MCEE's release says the MOU was last revised when Xi Jinping visited Korea on 3 July 2014.",
      },
      {
        source: "nm-etoday-mou-env",
        field: "signedOn",
        locator: "3rd paragraph",
        paraphrase: "Dates the MOU to July 2014, during Xi Jinping's visit to Korea.",
        note: "Gives the month only; the day rests on the other signedOn citations.",
      },
      {
        source: "nm-me-en-mou-2026",
        field: "kind",
        locator: "paragraph on first revision in 12 years",
        paraphrase:
          "The ministry calls the 2014 text a memorandum of understanding, revised in 2026 for the first time in 12 years.",
      },
      {
        source: S000,
        quote: "updating a 2014 environmental cooperation agreement for the first time in 12 years",
        field: "aliases",
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
    titleEn: "Memorandum of Understanding on Korea–China Environmental and Climate Cooperation (revised, 2026)",
    titleKo: "한중 환경 및 기후 협력에 관한 양해각서(개정안)",
    titleZh: "中韩环境与气候合作谅解备忘录（修订，2026年）",
    summaryEn:
      "Revised MOU signed in Beijing on 5 January 2026, in the two leaders' presence, by ministers Kim Sung-whan (Korea's Ministry of Climate, Energy and Environment) and Huang Runqiu (China's Ministry of Ecology and Environment), after the 7th Korea–China environment ministers' meeting; it is the first revision in 12 years of the MOU last revised in July 2014. It widens cooperation beyond air quality (fine dust, yellow sand) to climate change response, the circular economy, biodiversity and nature conservation and carbon markets, with joint research on pollutants affecting both air quality and climate, climate impact assessments, and noise and light pollution. It writes in a yearly environment ministers' meeting, defines the roles of the director-general policy dialogue and of the Korea–China Environmental Cooperation Center (the main implementation body) and provides for regular action plans; reports differ on the dialogue's cadence (yearly and hosted in turn, alternating with the ministers' meeting, or every other year).",
    summaryKo:
      "2026년 1월 5일 베이징에서 양국 정상이 지켜보는 가운데 김성환 기후에너지환경부 장관과 황룬치우 중국 생태환경부 부장이 제7차 한중 환경장관회의에 이어 서명한 개정 양해각서로, 2014년 7월 개정 이후 12년 만의 첫 개정이다. 협력 범위를 대기질(미세먼지, 황사)을 넘어 기후변화 대응, 순환경제, 생물다양성·자연 보전, 탄소시장으로 넓히고, 대기질과 기후 모두에 영향을 미치는 오염물질에 대한 공동연구, 기후영향평가, 소음·빛공해도 다룬다. 환경장관회의의 매년 개최를 명시하고, 국장급 정책대화와 한중 환경협력센터(주요 이행 기관)의 역할을 정하며, 정기 실행계획을 두도록 했다. 국장급 정책대화의 주기는 보도마다 다르다(매년 교대 개최, 장관회의와 해마다 번갈아 개최, 격년 개최).",
    summaryZh:
      "2026年1月5日在北京，于两国领导人见证下，由韩国气候能源环境部长官金星焕和中国生态环境部部长黄润秋在第七次中韩环境部长会议后签署的修订版谅解备忘录，是该备忘录自2014年7月修订以来12年间的首次修订。合作范围从空气质量（细颗粒物、沙尘）扩展至应对气候变化、循环经济、生物多样性与自然保护和碳市场，并涵盖对同时影响空气质量和气候的污染物开展联合研究、气候影响评估以及噪声和光污染。备忘录明确环境部长会议每年举行，规定司局级政策对话和中韩环境合作中心（主要执行机构）的作用，并规定定期制定行动计划；关于司局级对话的周期，各方报道不一（每年轮流主办、与部长会议逐年交替，或每两年一次）。",
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
    // No Chinese-language report of this MOU was found: its Chinese title is ours.
    translated: ["titleZh", "summaryKo", "summaryZh"],
    aliases: ["Korea–China environmental cooperation MOU (2026)", "한중 환경 및 기후 협력 양해각서"],
    citations: [
      {
        source: S000,
        quote:
          "South Korea’s Climate, Energy and Environment Ministry said it signed a new MOU with China’s Ministry of Ecology and Environment",
        field: "signatories",
      },
      {
        source: "nm-me-en-mou-2026",
        field: "titleEn",
        locator: "title and 2nd paragraph",
        paraphrase:
          "The MCEE names it the Memorandum of Understanding on Korea-China Environmental and Climate Cooperation, revised.",
      },
      {
        source: "nm-asiae-ko-mou",
        field: "titleKo",
        locator: "4th paragraph, title in quotation marks",
        paraphrase: "Gives the Korean title 한중 환경 및 기후 협력에 관한 양해각서(개정안).",
      },
      {
        source: "nm-ekn-mou-2026",
        field: "aliases",
        locator: "2nd paragraph",
        paraphrase: "Uses the shorter form 한중 환경 및 기후 협력 양해각서.",
      },
      {
        source: "nm-me-en-mou-2026",
        field: "signedOn",
        locator: "2nd–4th paragraphs",
        paraphrase:
          "The two ministers signed the revised MOU on the afternoon of 5 January in Beijing, with both leaders present, after the 7th ministers' meeting.",
        note: LEADERS_MEETING_CONFIRMED,
      },
      {
        source: "nm-newsis-mou",
        field: "signedOn",
        locator: "photo caption",
        paraphrase: "The caption shows the two ministers signing in the Great Hall of the People on 5 January.",
        note: LEADERS_MEETING_CONFIRMED,
      },
      {
        source: "nm-newsis-mou",
        field: "signatories",
        locator: "photo caption",
        paraphrase: "Names Kim Sung-whan and Huang Runqiu as the two ministers who signed.",
      },
      {
        source: "nm-me-en-mou-2026",
        field: "previous",
        locator: "paragraph on first revision in 12 years",
        paraphrase:
          "First revision in 12 years; the previous one was made during Xi Jinping's visit to Korea on 3 July 2014.",
      },
      {
        source: "nm-zdnet-mou-env",
        field: "topics",
        locator: "3rd paragraph, list of fields",
        paraphrase:
          "Fields include air quality, sand and dust storms, waste and the circular economy, eco-labelling, biodiversity, green industry, climate including carbon markets, and education.",
        note: "This page's list does not name noise or light pollution, climate impact assessment, or fine dust as such (only air quality); those topics rest on the other reports cited.",
      },
      {
        source: "nm-ekn-mou-2026",
        field: "summaryEn",
        locator: "6th paragraph",
        paraphrase:
          "The MOU writes in a yearly ministers' meeting and defines the roles of the director-general policy dialogue and of the cooperation centre.",
      },
      {
        source: "nm-segye-mou",
        field: "summaryEn",
        locator: "3rd–4th paragraphs",
        paraphrase:
          "The revision writes in yearly ministers' meetings and sets out the roles of the DG dialogue and the centre.",
      },
      {
        source: "nm-zdnet-mou-env",
        field: "summaryEn",
        locator: "last text paragraph",
        paraphrase:
          "The ministers' meeting and the DG policy dialogue are each held every year, hosted by the two sides in turn.",
      },
      {
        source: "nm-edaily-zum-mou",
        field: "summaryEn",
        locator: "6th paragraph",
        paraphrase:
          "The two sides will hold the ministers' meeting and the DG-level dialogue alternately each year, barring special circumstances.",
      },
      {
        source: "nm-eco-business-mou",
        field: "summaryEn",
        locator: "5th paragraph",
        paraphrase:
          "Reports yearly ministers' meetings and DG-level dialogues alternating year on year, with the cooperation centre as main implementing body.",
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
        quote: "policy dialogues at the director-general level will take place every other year",
        field: "summaryEn",
        note: "The sponsored article's version of the dialogue's cadence; the other reports say yearly.",
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
    titleEn: "MOU on strengthening Korea–China industrial park cooperation (2026)",
    titleKo: "한중 산업단지 협력 강화에 관한 양해각서",
    titleZh: "关于深化中韩产业园合作的谅解备忘录",
    summaryEn:
      "MOU between Korea's Ministry of Trade, Industry and Resources (the “Industry Ministry” of the news texts) and China's Ministry of Commerce, signed by ministers Kim Jung-kwan and Wang Wentao at the leaders' meeting in Beijing on 5 January 2026, to strengthen cooperation between industrial complexes, focusing on investment and supply chain stability. It concerns the designated Korea–China industrial parks, Saemangeum in Korea and parks in Jiangsu, Shandong and Guangdong provinces (Yancheng, Yantai and Huizhou), in green energy, advanced components and bio-pharmaceuticals (per the sponsored Kryptonary article and a low-trust summary). Korean reporting adds that a Chinese commerce-ministry investment survey team is to visit Saemangeum within 2026.",
    summaryKo:
      "2026년 1월 5일 베이징 정상회담에서 김정관 산업통상부 장관과 왕원타오 중국 상무부장이 서명한 양해각서로, 투자와 공급망 안정을 중심으로 산업단지 간 협력을 강화하기 위한 것이다. 한국 새만금과 중국 장쑤·산둥·광둥성(옌청·옌타이·후이저우)의 한중 산업협력단지를 대상으로 그린에너지, 첨단 부품, 바이오의약품 분야 협력을 다룬다(Kryptonary 후원 기사와 신뢰도 낮은 요약 사이트). 국내 보도에 따르면 중국 상무부 투자조사단이 2026년 중 새만금을 방문할 예정이다.",
    summaryZh:
      "2026年1月5日北京会晤期间，由韩国产业通商部长官金正官与中国商务部部长王文涛签署的谅解备忘录，旨在加强产业园区之间的合作，重点是投资和供应链稳定。该备忘录涉及韩国新万金以及中国江苏、山东、广东三省（盐城、烟台、惠州）的中韩产业园，合作领域为绿色能源、先进零部件和生物医药（据Kryptonary赞助文章和一个可信度低的摘要网站）。据韩国媒体报道，中国商务部投资考察团将于2026年内访问新万金。",
    signedOn: LEADERS_MEETING_DATE,
    signatories: ["industry-ministry-korea", "mofcom"],
    topics: [
      "industrial-complexes",
      "investment",
      "supply-chain-stability",
      "green-energy",
      "advanced-components",
      "bio-pharmaceuticals",
    ],
    // The Chinese title is shown in traditional script; this is its simplified form.
    translated: ["titleZh", "summaryKo", "summaryZh"],
    aliases: ["Korea–China MOU on cooperation between industrial complexes (2026)", "새만금", "新万金"],
    citations: [
      {
        source: "nm-heraldcorp-commerce",
        field: "titleKo",
        locator: "article body",
        paraphrase: "Gives the Korean title 한중 산업단지 협력 강화에 관한 양해각서.",
        note: "iNews24's report writes the title with 'MOU' in place of 양해각서.",
      },
      {
        source: "sm-jisuxw-mofcom",
        field: "titleEn",
        locator: "4th paragraph, MOFCOM spokesman (shown in traditional script)",
        paraphrase:
          "China's commerce ministry spokesman names an MOU on deepening Korea–China industrial park cooperation.",
      },
      {
        source: "sm-ytnscience-trade",
        field: "signatories",
        locator: "2nd paragraph",
        paraphrase:
          "Ministers Kim Jung-kwan and Wang Wentao each signed the trade dialogue and industrial complex MOUs.",
      },
      {
        source: "nm-etoday-commerce",
        field: "signedOn",
        locator: "headline",
        paraphrase: "Reports on 5 January 2026 that the industrial complex cooperation MOU was signed.",
        note: LEADERS_MEETING_CONFIRMED,
      },
      {
        source: "nm-heraldcorp-commerce",
        field: "summaryEn",
        locator: "sub-headline",
        paraphrase: "A Chinese commerce-ministry investment survey team is to visit Korea within the year.",
      },
      {
        source: "sm-ytnscience-trade",
        field: "summaryEn",
        locator: "4th paragraph",
        paraphrase: "Under the park MOU a Chinese commerce-ministry team will visit Saemangeum this year.",
      },
      {
        source: "nm-inews24-commerce",
        field: "aliases",
        locator: "1st paragraph",
        paraphrase: "Writes the Korean place name 새만금.",
      },
      {
        source: "nm-bj-newspic-newsroad",
        field: "summaryEn",
        locator: "3rd summary line",
        paraphrase: "The MOU focuses on Saemangeum and on Yancheng, Yantai and Huizhou (low-trust summary).",
      },
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
    // An MOU in Korean reporting; the news brief calls it "an agreement".
    kind: "mou",
    status: "signed",
    titleEn: "MOU on science, technology and innovation cooperation to respond to common global challenges (2026)",
    titleKo: "글로벌 공동 도전 대응을 위한 과학기술혁신 협력에 관한 양해각서",
    titleZh: "关于应对全球共同挑战的科技创新合作谅解备忘录（2026年）",
    summaryEn:
      "MOU between Korea's Ministry of Science and ICT and China's Ministry of Science and Technology, signed at the leaders' meeting in Beijing on 5 January 2026, to cooperate on global challenges such as climate change and sustainable development through joint research, researcher exchanges and joint seminars. Korean reporting adds that a Korea–China joint committee on science and technology is to meet in Seoul in 2026.",
    summaryKo:
      "2026년 1월 5일 베이징 정상회담에서 서명된 한국 과학기술정보통신부와 중국 과학기술부 간 양해각서로, 공동연구, 연구자 교류, 공동 세미나를 통해 기후변화와 지속가능발전 등 글로벌 과제에 협력하기 위한 것이다. 국내 보도에 따르면 2026년 서울에서 한중 과학기술공동위원회가 열릴 예정이다.",
    summaryZh:
      "2026年1月5日北京会晤期间韩国科学技术信息通信部与中国科学技术部签署的谅解备忘录，旨在通过联合研究、研究人员交流和联合研讨会，就气候变化和可持续发展等全球性挑战开展合作。据韩国媒体报道，中韩科技合作联合委员会将于2026年在首尔举行。",
    signedOn: LEADERS_MEETING_DATE,
    signatories: ["msit", "most-china"],
    topics: ["global-challenges", "climate-change", "sustainable-development"],
    translated: ["titleZh", "summaryKo", "summaryZh"],
    aliases: ["Korea–China science and technology cooperation agreement (2026)"],
    citations: [
      {
        source: "nm-bj-asiatoday-msit",
        field: "titleKo",
        locator: "1st paragraph, MSIT-MOST MOU (quoted title)",
        paraphrase: "Gives the Korean title of the MOU the science ministry concluded with China's science ministry.",
      },
      {
        source: "nm-bj-asiatoday-msit",
        field: "kind",
        locator: "1st paragraph",
        paraphrase:
          "The Ministry of Science and ICT says it concluded a memorandum of understanding with China's Ministry of Science and Technology.",
      },
      {
        source: "nm-heraldcorp-msit",
        field: "signedOn",
        locator: "2nd paragraph",
        paraphrase: "The science ministry signed the innovation MOU with China's science ministry on 5 January 2026.",
        note: LEADERS_MEETING_CONFIRMED,
      },
      {
        source: "nm-bj-asiatoday-msit",
        field: "summaryEn",
        locator: "paragraph on planned meetings this year",
        paraphrase:
          "A Korea–China joint committee on science and technology with MOST is to be held in Seoul this year.",
      },
      {
        source: "sm-ajunews-mou-list",
        field: "summaryEn",
        locator: "3rd paragraph, MSIT and MOST",
        paraphrase: "Joint research, researcher exchanges and joint seminars on global issues such as climate change.",
      },
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
    // An MOU in Korean reporting; the news brief calls it "another agreement".
    kind: "mou",
    status: "signed",
    titleEn: "MOU on digital technology cooperation (2026)",
    titleKo: "디지털 기술 협력에 관한 양해각서",
    titleZh: "关于数字技术合作的谅解备忘录（2026年）",
    summaryEn:
      "MOU between Korea's Ministry of Science and ICT and China's Ministry of Industry and Information Technology, signed at the leaders' meeting in Beijing on 5 January 2026, expanding public and private exchanges on digital technologies: digital diffusion and inclusion, software and cybersecurity, and the competitiveness of digital firms. The next round of the two ministries' ICT cooperation strategy dialogue is planned in Beijing in 2026.",
    summaryKo:
      "2026년 1월 5일 베이징 정상회담에서 서명된 한국 과학기술정보통신부와 중국 공업정보화부 간 양해각서로, 디지털 확산과 포용, 소프트웨어와 사이버보안, 디지털 기업 경쟁력 등 디지털기술 분야의 민관 교류를 확대한다. 두 부처의 ICT 협력 전략대화 다음 회의는 2026년 베이징에서 열릴 예정이다.",
    summaryZh:
      "2026年1月5日北京会晤期间韩国科学技术信息通信部与中国工业和信息化部签署的谅解备忘录，扩大数字技术领域的政府与民间交流，涵盖数字普及与包容、软件与网络安全以及数字企业竞争力。两部门信息通信合作战略对话的下一轮会议计划于2026年在北京举行。",
    signedOn: LEADERS_MEETING_DATE,
    signatories: ["msit", "miit"],
    topics: ["digital-technologies", "digital-inclusion"],
    translated: ["titleZh", "summaryKo", "summaryZh"],
    aliases: ["Korea–China digital technology cooperation agreement (2026)"],
    citations: [
      {
        source: "nm-bj-asiatoday-msit",
        field: "titleKo",
        locator: "3rd paragraph, MSIT-MIIT MOU (quoted title)",
        paraphrase:
          "Gives the Korean title of the MOU the science ministry signed with China's industry and IT ministry.",
      },
      {
        source: "nm-bj-asiatoday-msit",
        field: "signatories",
        locator: "3rd paragraph",
        paraphrase: "The Ministry of Science and ICT signed the digital technology MOU with China's MIIT.",
      },
      {
        source: "nm-bj-asiatoday-msit",
        field: "kind",
        locator: "3rd paragraph",
        paraphrase: "Reported as a memorandum of understanding.",
      },
      {
        source: "nm-heraldcorp-msit",
        field: "signedOn",
        locator: "3rd paragraph",
        paraphrase: "Reports on 5 January 2026 the science ministry's MOU with China's MIIT, signed that day.",
        note: LEADERS_MEETING_CONFIRMED,
      },
      {
        source: "sm-kbthink-infomax",
        field: "summaryEn",
        locator: "2nd-3rd paragraphs",
        paraphrase:
          "Covers digital diffusion, inclusion, software and cybersecurity, expanding public and private exchanges (low-trust repost).",
      },
      {
        source: "sm-newsis-mou",
        field: "summaryEn",
        locator: "paragraph on software and cybersecurity",
        paraphrase:
          "Policy coordination on software and cybersecurity, to support livelihoods and digital firms' competitiveness.",
      },
      {
        source: "nm-bj-asiatoday-msit",
        field: "summaryEn",
        locator: "paragraph on planned meetings this year",
        paraphrase: "An ICT cooperation strategy dialogue with MIIT is to be held in Beijing this year.",
      },
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
        note: "The news brief's Korean signatory is read from context: “Another agreement” follows the Ministry of Science and ICT's agreement in the same paragraph; Korean reporting names the Ministry of Science and ICT outright.",
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
    titleKo: "청천(晴天, 맑은 하늘)계획",
    titleZh: "晴天计划",
    summaryEn:
      "A cooperation plan to address air pollution (fine particulate matter) and climate change, signed in Seoul on 4 November 2019 by environment ministers Cho Myung-rae and Li Ganjie at the first Korea–China annual environment ministers' meeting, and implemented annually through policy and technology exchanges, joint research, technology commercialization initiatives and annual meetings (per the Ministry of Climate, Energy and Environment's press release of 29 May 2026). The news texts (the news brief on the leaders' meeting and the sponsored Kryptonary article) call it the “Blue Sky” plan; the two governments' own releases call it the Clear Sky Plan, which is kept.",
    summaryKo:
      "대기오염(초미세먼지)과 기후변화에 대응하기 위한 협력 계획으로, 2019년 11월 4일 서울에서 열린 제1차 한중 연례 환경장관회의에서 조명래 환경부 장관과 리간제 생태환경부 부장이 서명했으며, 기후에너지환경부의 2026년 5월 29일 보도자료에 따르면 정책·기술 교류, 공동연구, 기술 사업화 사업, 연례회의를 통해 매년 시행된다. 뉴스 기사(정상회담 관련 뉴스 브리프와 Kryptonary 후원 기사)는 “푸른 하늘(Blue Sky)” 계획이라 부르고, 양국 정부의 보도자료는 청천 계획(Clear Sky Plan)이라 부르며, 여기서는 후자를 따른다.",
    summaryZh:
      "为应对大气污染（细颗粒物）和气候变化而制定的合作计划，2019年11月4日在首尔举行的首次中韩环境部长年度会议上由韩国环境部长官赵明来与中国生态环境部部长李干杰签署；据韩国气候能源环境部2026年5月29日新闻稿，该计划每年通过政策与技术交流、联合研究、技术产业化举措和年度会议实施。新闻报道（领导人会晤相关新闻简报和Kryptonary赞助文章）称之为“蓝天（Blue Sky）”计划；两国政府自己的新闻稿称之为晴天计划（Clear Sky Plan），本库采用后者。",
    signedOn: { on: "2019-11-04", precision: "day" },
    signatories: ["moe-korea", "mee-china"],
    topics: [
      "air-pollution",
      "fine-dust",
      "climate-change",
      "carbon-neutrality",
      "air-quality-forecasting",
      "green-industry",
    ],
    translated: ["summaryKo", "summaryZh"],
    aliases: ["Blue Sky plan", "청천계획", "청천 계획", "푸른 하늘 계획", "晴天計劃"],
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
        note: "“Agreed upon” by the two governments; recorded as signed. Korean reporting of 4 November 2019 says the two environment ministers signed it.",
      },
      {
        source: "nm-constimes-clearsky",
        field: "signedOn",
        locator: "1st–3rd paragraphs",
        paraphrase:
          "Ministers Cho Myung-rae and Li Ganjie held the 2019 annual meeting at a Seoul hotel on 4 November and signed the plan's implementation scheme.",
      },
      {
        source: "nm-ktv-clearsky",
        locator: "headline and 4th paragraph",
        paraphrase:
          "The government broadcaster reports that the ministers met for their first annual meeting and signed the plan, without giving the day (registered 5 November 2019).",
      },
      {
        source: "nm-constimes-clearsky",
        field: "signatories",
        locator: "1st–3rd paragraphs",
        paraphrase: "Signed by Korea's environment minister and China's minister of ecology and environment.",
      },
      ...CLEAR_SKY_KO_ZH_TITLE_CITATIONS,
      CLEAR_SKY_ALIAS_CITATION,
      {
        source: "nm-sputnik-zh-clearsky",
        field: "aliases",
        locator: "2nd paragraph",
        paraphrase: "A Chinese-language report writes 晴天計劃 in traditional script.",
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
    titleKo: "2023 청천 계획",
    titleZh: "2023年晴天计划",
    summaryEn:
      "The 2023 yearly round of the Clear Sky Plan, jointly signed by the two countries' Environment Ministries; its implementation status was assessed at the 7th Directors General Policy Dialogue (December 2023). The sources give no signing date.",
    summaryKo:
      "양국 환경부처가 공동 서명한 청천 계획의 2023년 연간 계획. 제7차 한중 환경국장급 정책대화(2023년 12월)에서 이행 현황을 점검했다. 자료에는 서명 날짜가 나오지 않는다.",
    summaryZh:
      "晴天计划的2023年度计划，由两国环境部门共同签署；其实施情况在第七次中韩环境司局级政策对话（2023年12月）上进行了评估。资料未给出签署日期。",
    signatories: ["moe-korea", "mee-china"],
    topics: ["air-pollution", "fine-dust", "climate-change"],
    translated: ["titleKo", "titleZh", "summaryKo", "summaryZh"],
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
    ...SECOND_PLAN_TITLES,
    summaryEn:
      "Agreed by environment ministers Han Wha-jin and Huang Runqiu at the 5th Korea–China annual environment ministers' meeting, held by video on 29 June 2023, as the first plan (2018–2022) ended; it continues joint work on ultrafine dust and yellow dust, and at that meeting the ministers also discussed cooperation on climate change and biodiversity. Its contents were reviewed at the 7th Directors General Policy Dialogue (December 2023).",
    summaryKo:
      "2023년 6월 29일 화상으로 열린 제5차 한중 연례 환경장관회의에서 한화진 환경부 장관과 황룬치우 생태환경부 부장이 제1차 계획(2018~2022)의 종료에 맞춰 합의한 계획으로, 초미세먼지·황사 공동 대응을 이어 가며, 그 회의에서 양국 장관은 기후변화와 생물다양성 협력도 논의했다. 제7차 한중 환경국장급 정책대화(2023년 12월)에서 그 내용을 검토했다.",
    summaryZh:
      "2023年6月29日以视频方式举行的第五次中韩环境部长年度会议上，韩国环境部长官韩和真与中国生态环境部部长黄润秋在第一期计划（2018—2022年）结束之际商定的计划，延续细颗粒物和沙尘的联合应对，两国部长在该会议上还讨论了气候变化和生物多样性合作。第七次中韩环境司局级政策对话（2023年12月）审议了其内容。",
    signedOn: { on: "2023-06-29", precision: "day" },
    signatories: ["moe-korea", "mee-china"],
    topics: [],
    translated: ["titleZh", "summaryKo", "summaryZh"],
    citations: [
      SECOND_PLAN_KO_TITLE_CITATION,
      {
        source: "nm-ecc-5th-aemm",
        field: "signedOn",
        locator: "1st and last paragraphs",
        paraphrase:
          "The ministers agreed the second plan at their video meeting of 29 June, as the first plan (2018–2022) ended.",
        note: "Gives the day (29 June) but shows no year; 2023 rests on the Yonhap report and the Ministry of Environment's December 2023 release.",
      },
      {
        source: "nm-daum-yonhap-2nd-plan",
        field: "signedOn",
        locator: "1st–3rd paragraphs",
        paraphrase:
          "Yonhap: the 2023–2027 plan was agreed at the 5th annual ministers' meeting, held by video on the 29th (June 2023).",
      },
      {
        source: "nm-daum-yonhap-2nd-plan",
        field: "summaryEn",
        locator: "1st–3rd and 5th paragraphs",
        paraphrase:
          "The plan was agreed and keeps up joint work on ultrafine dust; the ministers also talked about climate change and biodiversity cooperation.",
      },
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
        note: "In 2023 Korea's Environment Minister headed the Ministry of Environment (per the ministry's December 2023 press release).",
      },
    ],
  },
];
