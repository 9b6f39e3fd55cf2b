import type { SeedAgreement, SeedCitation, SeedDialogue, SeedEvent } from "../../../lib/schemas/seed";

/**
 * The documents signed at the two Lee Jae-myung–Xi Jinping summits, the bodies they
 * set up and the dated events around them, from public reporting (web sources in
 * web-sources-summits.ts, cited by locator and paraphrase).
 *
 * - Gyeongju, 1 November 2025: seven documents (the central banks' swap contract and
 *   six MOUs).
 * - Beijing, 5 January 2026: fourteen MOUs and a donation certificate. Four of the
 *   MOUs (environment, industrial complexes, science and technology, digital
 *   technology) are in agreements.ts and are not repeated here; the summit itself is
 *   the event "leaders-meeting-2026-01" in events.ts.
 *
 * Korean titles are the forms Korean-language reports give (cited); Chinese titles are
 * the tracker's translations unless a Chinese-language source shows them. Where no
 * source names a side's signatory body, that side is left out and the summary says so.
 */

type Field = string | undefined;

/** A web citation: where the fact sits and what it says, in our words. */
function cite(source: string, field: Field, locator: string, paraphrase: string): SeedCitation {
  return field === undefined ? { source, locator, paraphrase } : { source, field, locator, paraphrase };
}

const GYEONGJU_DAY = { on: "2025-11-01", precision: "day" } as const;
const BEIJING_DAY = { on: "2026-01-05", precision: "day" } as const;

/** The signing date of the Gyeongju documents. */
function gyeongjuDate(): SeedCitation[] {
  return [
    cite(
      "sm-donga-mou-20251101",
      "signedOn",
      "headline and date line",
      "Dated 1 November 2025: after their summit that day the two presidents saw six MOUs and the currency swap contract signed.",
    ),
    cite(
      "sm-heraldcorp-mou",
      "signedOn",
      "2nd paragraph",
      "Report of 1 November 2025: the central banks' swap contract and six MOUs between ministries were exchanged after the summit.",
    ),
  ];
}

/** The signing date of the Beijing documents. */
function beijingDate(): SeedCitation[] {
  return [
    cite(
      "nm-sbs-15-docs",
      "signedOn",
      "2nd paragraph",
      "Report of 5 January 2026: 14 MOUs and a certificate donating Chinese heritage, 15 documents in all, were adopted at the summit.",
    ),
    cite(
      "sm-newsis-mou",
      "signedOn",
      "headline and registration time",
      "Report dated 5 January 2026 that the two sides signed 14 cooperation MOUs, in science, climate and other fields, at the summit.",
    ),
  ];
}

const TRANSLATED_TEXTS = ["titleZh", "summaryKo", "summaryZh"];

// ---------------------------------------------------------------- Gyeongju, 1 November 2025

const gyeongjuAgreements: SeedAgreement[] = [
  {
    slug: "currency-swap-2025",
    kind: "agreement",
    status: "signed",
    titleEn: "Korean won–Chinese yuan bilateral currency swap agreement (2025 renewal)",
    titleKo: "원-위안 통화스와프 계약서",
    titleZh: "双边本币互换协议",
    summaryEn:
      "Five-year swap contract between the Bank of Korea and the People's Bank of China, signed at the Gyeongju summit, letting each side exchange up to KRW 70 trillion / CNY 400 billion of its own currency for the other's, extendable by mutual consent. It renews on the same terms the 2020 contract that lapsed on 10 October 2025; Governor Rhee Chang-yong signed for the Bank of Korea and, per Korean reports, China's ambassador Dai Bing signed for the People's Bank of China. It is meant to support trade settlement, market stability and liquidity for each side's banks abroad; both sides announced it formally on 3 November.",
    summaryKo:
      "경주 정상회담에서 서명된 한국은행과 중국인민은행 간 5년 만기 통화스와프 계약으로, 양측이 최대 70조 원/4천억 위안 규모로 자국 통화를 상대국 통화와 교환할 수 있으며 합의에 따라 연장할 수 있다. 2025년 10월 10일 만료된 2020년 계약을 같은 조건으로 갱신한 것으로, 한국은행에서는 이창용 총재가 서명했고 한국 보도에 따르면 중국인민은행을 대신해 다이빙 주한 중국대사가 서명했다. 무역 결제, 금융시장 안정, 해외 진출 은행의 유동성 지원을 목적으로 하며, 양측은 11월 3일 이를 공식 발표했다.",
    summaryZh:
      "在庆州首脑会谈期间签署的韩国银行与中国人民银行之间为期五年的货币互换协议，双方可用本币交换对方货币，规模最高为700万亿韩元/4000亿元人民币，经双方同意可展期。该协议以相同条件续签了2025年10月10日到期的2020年协议；韩国银行行长李昌镛签字，据韩方报道，中国驻韩大使戴兵代表中国人民银行签字。协议旨在便利贸易结算、维护市场稳定并为双方海外银行提供流动性；双方于11月3日正式宣布。",
    signedOn: GYEONGJU_DAY,
    previous: "currency-swap-2020",
    relation: "supersedes",
    signatories: ["bok", "pboc"],
    topics: ["currency-swap"],
    translated: ["summaryKo", "summaryZh"],
    aliases: ["한중 통화스와프", "中韩货币互换", "won–yuan swap"],
    citations: [
      cite(
        "nm-gy-wowtv-mou-list",
        "titleKo",
        "4th paragraph, first document described",
        "Gives the Korean name of the contract signed by the two central banks.",
      ),
      cite(
        "nm-gy-wowtv-mou-list",
        "summaryEn",
        "4th-5th paragraphs",
        "The central banks signed a five-year KRW 70tn (CNY 400bn) won–yuan swap contract; the 2020 CNY 400bn deal had lapsed on 10 October.",
      ),
      cite(
        "sm-caixin-swap",
        "titleZh",
        "2nd paragraph, PBOC announcement quoted",
        "The People's Bank of China said that, with State Council approval, it renewed the bilateral local-currency swap agreement with the Bank of Korea: CNY 400bn / KRW 70tn, five years, extendable.",
      ),
      cite(
        "sm-caixin-swap",
        "signatories",
        "2nd paragraph",
        "Names the People's Bank of China and the Bank of Korea as the two parties to the renewal.",
      ),
      cite(
        "sm-etoday-mou",
        "signatories",
        "photo caption at top",
        "Caption shows BOK Governor Rhee Chang-yong and Chinese ambassador Dai Bing signing the won/yuan swap contract at the museum.",
      ),
      cite(
        "sm-kuk-signers",
        "summaryEn",
        "4th paragraph",
        "Says the swap contract was signed by the BOK governor and the Chinese ambassador to Korea (low-trust mirror).",
      ),
      cite(
        "sm-chosunbiz-en-2025",
        "signedOn",
        "1st-2nd paragraphs",
        "Per the presidential office, the two presidents held a ceremony in Gyeongju on the 1st, at their summit, where the 70 trillion won swap was exchanged.",
      ),
      cite(
        "sm-hk01-swap",
        "summaryEn",
        "2nd paragraph",
        "Links the renewal to the 1 November meeting of the two heads of state in Gyeongju.",
      ),
      cite(
        "sm-news1-swap",
        "summaryEn",
        "1st-3rd paragraphs",
        "Seoul's finance ministry and the BOK announced on the 3rd a renewal on the lapsed contract's terms, for trade, market stability and banks' liquidity abroad.",
      ),
      cite(
        "sm-economidaily-swap",
        "previous",
        "1st-2nd paragraphs",
        "The BOK said the size (CNY 400bn) and five-year term match the contract that expired on the 10th of the previous month.",
      ),
      {
        ...cite(
          "nm-gy-sbs-mou",
          "relation",
          "7th paragraph",
          "The 2020 CNY 400bn contract expired on 10 October 2025 and was extended for five years at the summit.",
        ),
        note: "A new contract replacing one that had already lapsed: recorded as superseding the 2020 contract.",
      },
      ...gyeongjuDate(),
    ],
  },
  {
    slug: "economic-cooperation-joint-plan-2026-2030",
    kind: "plan",
    status: "signed",
    titleEn: "MOU on the Korea–China Economic Cooperation Joint Plan (2026–2030)",
    titleKo: "한중 경제협력 공동계획(2026∼2030)에 관한 MOU",
    titleZh: "关于中韩经贸合作联合规划（2026—2030年）的谅解备忘录",
    summaryEn:
      "Memorandum adopting a joint plan that sets the long-term direction of mutually beneficial Korea–China economic cooperation for 2026–2030, signed at the Gyeongju summit. Korea's foreign minister Cho Hyun and China's commerce minister Wang Wentao signed it, per News1's account as reposted and a mirror of Kuki News (both low-trust copies). It succeeds the 2021–2025 joint plan: the two ministries' 29th annual economic cooperation review meeting in 2025 had agreed to draw up the new plan within the year.",
    summaryKo:
      "2026~2030년 호혜적 한중 경제협력의 장기 방향을 정하는 공동계획을 채택한 양해각서로, 경주 정상회담에서 서명되었다. 재게시된 뉴스1 기사와 쿠키뉴스 미러 페이지(둘 다 신뢰도 낮은 사본)에 따르면 조현 외교부 장관과 왕원타오 중국 상무부장이 서명했다. 2021~2025년 공동계획의 후속 계획으로, 2025년 양국 부처의 제29차 연례 경제협력 점검회의에서 연내에 새 계획을 마련하기로 했다.",
    summaryZh:
      "通过为2026—2030年互利的中韩经济合作确定长期方向的联合规划的谅解备忘录，于庆州首脑会谈期间签署。据转载的News1报道和国民日报（Kuki News）镜像页面（均为可信度较低的转载），由韩国外交部长官赵显和中国商务部部长王文涛签署。它接续2021—2025年联合规划：两国相关部门2025年举行的第29次年度经济合作评估会议曾商定年内制定新规划。",
    signedOn: GYEONGJU_DAY,
    previous: "economic-cooperation-joint-plan-2021-2025",
    relation: "follows",
    signatories: ["mofa-korea", "mofcom"],
    topics: ["economic-cooperation-plan"],
    translated: TRANSLATED_TEXTS,
    aliases: ["경제협력 공동계획 2026-2030", "2026–2030 joint plan"],
    citations: [
      {
        ...cite(
          "nm-gy-wowtv-mou-list",
          "titleKo",
          "last paragraph of excerpt, long-term direction item",
          "Gives the Korean title of the MOU on the 2026–2030 economic cooperation joint plan.",
        ),
        note: "The stored excerpt breaks off before '관한 MOU'; Herald Business and News1 print the full title with it.",
      },
      cite(
        "sm-heraldcorp-mou",
        "summaryEn",
        "4th paragraph",
        "Presidential office: the joint plan MOU sets a long-term direction for reciprocal Korea–China cooperation.",
      ),
      cite(
        "sm-fnnews-en",
        "summaryEn",
        "2nd body paragraph",
        "Reports an MOU on a joint economic cooperation plan that charts where cooperation benefiting both sides should go over the coming years.",
      ),
      cite(
        "nm-gy-newspub-news1-signers",
        "signatories",
        "4th paragraph",
        "Signed by Korea's foreign minister and China's commerce minister, per the presidential office (News1 text reposted).",
      ),
      cite(
        "sm-kuk-signers",
        "signatories",
        "5th paragraph",
        "Lists the 2026–2030 joint plan MOU as signed by the foreign minister and the Chinese commerce minister.",
      ),
      cite(
        "sm-news1-plan-2025",
        "previous",
        "1st and 6th paragraphs; sub-headline",
        "At the 29th MOFA–MOFCOM economic cooperation review meeting both sides planned to draw up the 2026–2030 joint plan within the year.",
      ),
      ...gyeongjuDate(),
    ],
  },
  {
    slug: "services-trade-mou-2025",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on strengthening exchanges and cooperation in trade in services",
    titleKo: "서비스무역 교류·협력 강화에 관한 MOU",
    titleZh: "关于加强服务贸易交流合作的谅解备忘录",
    summaryEn:
      "Memorandum between Korea's trade and industry ministry (Minister Kim Jung-kwan) and China's Ministry of Commerce (Minister Wang Wentao), signed at the Gyeongju summit, on closer exchanges and cooperation in trade in services. Seoul's presidential office presented it as an institutional basis for cooperation through real progress in the Korea–China FTA's follow-up negotiations on services and investment. No new body is reported; the signatories come from News1's account as reposted (a low-trust copy).",
    summaryKo:
      "경주 정상회담에서 서명된 한국 산업통상 부처(김정관 장관)와 중국 상무부(왕원타오 부장) 간 양해각서로, 서비스무역 분야의 교류와 협력을 강화하는 내용이다. 대통령실은 이를 한중 FTA 서비스·투자 후속협상의 실질적 진전을 통해 협력의 제도적 기반을 마련하는 것이라고 설명했다. 새로 설치되는 기구는 보도되지 않았으며, 서명 기관은 재게시된 뉴스1 기사(신뢰도 낮은 사본)에 따른 것이다.",
    summaryZh:
      "韩国产业通商部门（部长金正官）与中国商务部（部长王文涛）在庆州首脑会谈期间签署的谅解备忘录，旨在加强服务贸易领域的交流与合作。韩国总统室称，该备忘录通过推动中韩自贸协定服务和投资后续谈判取得实质进展，为合作奠定制度基础。未见设立新机构的报道；签署方依据的是转载的News1报道（可信度较低的转载）。",
    signedOn: GYEONGJU_DAY,
    signatories: ["industry-ministry-korea", "mofcom"],
    topics: ["trade-in-services", "free-trade-agreement"],
    translated: TRANSLATED_TEXTS,
    citations: [
      cite(
        "sm-heraldcorp-mou",
        "titleKo",
        "4th paragraph, second MOU named",
        "Gives the Korean title of the MOU on services trade exchanges and cooperation.",
      ),
      cite(
        "sm-heraldcorp-mou",
        "summaryEn",
        "4th paragraph",
        "Presidential office: the services MOU builds an institutional base for cooperation through real progress in the FTA services and investment talks.",
      ),
      cite(
        "sm-ians-yonhap",
        "topics",
        "5th-6th paragraphs",
        "Per the office, the MOU is meant to give cooperation a firmer legal and institutional footing by moving the FTA talks on services and investment forward.",
      ),
      cite(
        "nm-gy-newspub-news1-signers",
        "signatories",
        "4th paragraph",
        "Services trade MOU signed by Korea's trade-industry minister and China's commerce minister.",
      ),
      ...gyeongjuDate(),
    ],
  },
  {
    slug: "silver-economy-mou-2025",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on cooperation in the silver (ageing-society) economy",
    titleKo: "실버 경제 분야 협력 MOU",
    titleZh: "关于银发经济领域合作的谅解备忘录",
    summaryEn:
      "Memorandum on cooperation in the silver economy — industries and services for ageing societies — signed at the Gyeongju summit and presented by Seoul's presidential office as future-oriented cooperation serving people's livelihoods. Deputy Prime Minister and Minister of Economy and Finance Koo Yun-cheol and NDRC chairman Zheng Shanjie signed it, per a Yonhap photo caption in a repost of a Korea Herald article and a mirror of Kuki News (both low-trust copies). No body or programme is reported.",
    summaryKo:
      "고령사회를 위한 산업과 서비스, 즉 실버 경제 분야 협력에 관한 양해각서로, 경주 정상회담에서 서명되었으며 대통령실은 이를 민생에 도움이 되는 미래지향적 협력으로 소개했다. 코리아헤럴드 기사 재게시본의 연합뉴스 사진 설명과 쿠키뉴스 미러 페이지(둘 다 신뢰도 낮은 사본)에 따르면 구윤철 부총리 겸 기획재정부 장관과 정산제 국가발전개혁위원회 주임이 서명했다. 기구나 사업은 보도되지 않았다.",
    summaryZh:
      "关于银发经济（面向老龄社会的产业和服务）领域合作的谅解备忘录，于庆州首脑会谈期间签署，韩国总统室称其为服务民生的面向未来的合作。据转载的《韩国先驱报》文章中的韩联社图片说明和国民日报（Kuki News）镜像页面（均为可信度较低的转载），由韩国副总理兼企划财政部长官具润哲与国家发展改革委主任郑栅洁签署。未见设立机构或项目的报道。",
    signedOn: GYEONGJU_DAY,
    signatories: ["mosf", "ndrc"],
    topics: ["silver-economy"],
    translated: TRANSLATED_TEXTS,
    citations: [
      cite(
        "sm-etoday-mou",
        "titleKo",
        "list of the six MOUs (first item)",
        "Gives the Korean title of the silver economy cooperation MOU, listed first among the six MOUs.",
      ),
      cite(
        "sm-heraldcorp-mou",
        "summaryEn",
        "5th paragraph",
        "The release grouped the silver industry and innovative start-up MOUs as future-oriented cooperation serving livelihoods.",
      ),
      cite(
        "sm-overview-koreaherald",
        "signatories",
        "photo caption",
        "Yonhap photo shows Koo Yun-cheol and NDRC chairman Zheng Shanjie signing an agreement before the two presidents.",
      ),
      cite(
        "sm-kuk-signers",
        "signatories",
        "5th paragraph",
        "Silver economy MOU signed by Deputy Prime Minister Koo Yun-cheol and the NDRC chairman.",
      ),
      ...gyeongjuDate(),
    ],
  },
  {
    slug: "startup-partnership-mou-2025",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on jointly promoting an innovative start-up partnership programme",
    titleKo: "혁신 창업 파트너십 프로그램 공동추진 MOU",
    titleZh: "关于共同推进创新创业伙伴计划的谅解备忘录",
    summaryEn:
      "Memorandum to jointly promote a partnership programme for the two countries' innovative start-ups, signed at the Gyeongju summit; the programme's details are not reported. Korea's Ministry of Science and ICT signed it, per a mirror of Kuki News (low trust), and its minister Bae Kyung-hoon attended the ceremony. The same report says China's ambassador Dai Bing signed for China, but no source names the Chinese ministry or agency that is party to it, so the Chinese side is left out.",
    summaryKo:
      "양국 혁신 창업기업을 위한 파트너십 프로그램을 공동 추진하기 위한 양해각서로, 경주 정상회담에서 서명되었으며 프로그램의 세부 내용은 보도되지 않았다. 쿠키뉴스 미러 페이지(신뢰도 낮음)에 따르면 과학기술정보통신부가 서명했고, 배경훈 장관이 교환식에 참석했다. 같은 보도는 다이빙 주한 중국대사가 중국 측을 대표해 서명했다고 하나, 중국 측 당사 부처나 기관을 밝힌 자료가 없어 중국 측은 기록하지 않았다.",
    summaryZh:
      "共同推进两国创新创业企业伙伴计划的谅解备忘录，于庆州首脑会谈期间签署；计划细节未见报道。据国民日报（Kuki News）镜像页面（可信度低），韩国科学技术信息通信部签署了该备忘录，其部长裴庆勋出席了交换仪式。同一报道称中国驻韩大使戴兵代表中方签字，但没有资料指明作为当事方的中国部委或机构，因此未记录中方。",
    signedOn: GYEONGJU_DAY,
    signatories: ["msit"],
    topics: ["smes-startups"],
    translated: TRANSLATED_TEXTS,
    citations: [
      cite(
        "sm-etoday-mou",
        "titleKo",
        "list of the six MOUs (second item)",
        "Gives the Korean title of the MOU on jointly promoting an innovative start-up partnership programme.",
      ),
      cite(
        "sm-kuk-signers",
        "signatories",
        "5th paragraph",
        "Start-up partnership MOU signed by the science and ICT minister and the Chinese ambassador to Korea.",
      ),
      cite(
        "sm-donga-mou-20251101",
        "summaryEn",
        "2nd paragraph, attendees",
        "Bae Kyung-hoon, Deputy Prime Minister and science-ICT minister, is among the officials at the exchange ceremony.",
      ),
      cite(
        "sm-ians-yonhap",
        "titleEn",
        "8th paragraph",
        "Lists, among the further agreements, one on a programme under which both countries work together on start-up partnerships.",
      ),
      ...gyeongjuDate(),
    ],
  },
  {
    slug: "persimmon-export-quarantine-mou-2025",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on phytosanitary requirements for exporting fresh Korean persimmons to China",
    titleKo: "한국산 감 생과실의 중국 수출 식물 검역 요건 MOU",
    titleZh: "关于韩国鲜柿输华植物检疫要求的谅解备忘录",
    summaryEn:
      "Memorandum setting the plant-quarantine conditions under which fresh Korean persimmons may be exported to China — registered orchards and packing houses, pest monitoring and added declarations on phytosanitary certificates — concluding talks Korea requested in 2008; signed at the Gyeongju summit and announced by Korea's Ministry of Agriculture, Food and Rural Affairs. The Chinese party is not confirmed (a low-trust translation says ambassador Dai Bing attended the signing with Minister Song Mi-ryeong; KOTRA's portal lists the foreign party as a foreign ministry), so the Chinese side is left out. China's customs administration published the matching import requirements on 16 December 2025, per a low-trust trade-press summary.",
    summaryKo:
      "한국산 감 생과실을 중국에 수출할 수 있는 식물검역 조건(등록 과수원과 선과장, 병해충 예찰, 식물검역증명서 추가 기재)을 정한 양해각서로, 2008년 한국이 요청한 협상을 마무리했으며 경주 정상회담에서 서명되고 농림축산식품부가 발표했다. 중국 측 당사자는 확인되지 않아(신뢰도 낮은 번역 기사는 송미령 장관과 함께 다이빙 대사가 서명식에 참석했다고 하고, KOTRA 포털은 상대 기관을 '외교부'로 적고 있다) 중국 측은 기록하지 않았다. 신뢰도 낮은 무역 전문 매체 요약에 따르면 중국 해관총서는 2025년 12월 16일 이에 맞춘 수입 요건을 공고했다.",
    summaryZh:
      "规定韩国鲜柿输华植物检疫条件（注册果园和包装厂、有害生物监测以及植物检疫证书附加声明）的谅解备忘录，结束了韩方自2008年提出的谈判；于庆州首脑会谈期间签署，由韩国农林畜产食品部公布。中方当事方未获证实（一篇可信度较低的译文称戴兵大使与宋美玲部长一同出席签字；韩国贸易投资振兴公社门户网站将外方列为“外交部”），因此未记录中方。据一篇可信度较低的贸易媒体摘要，中国海关总署于2025年12月16日发布了相应的进口要求。",
    signedOn: GYEONGJU_DAY,
    signatories: ["mafra"],
    topics: ["plant-animal-quarantine"],
    translated: TRANSLATED_TEXTS,
    aliases: ["감 수출 검역", "persimmon MOU"],
    citations: [
      cite(
        "sm-segye-mou",
        "titleKo",
        "4th body paragraph, agricultural export MOU",
        "Gives the Korean title of the persimmon export plant-quarantine MOU, described as easing farm exports to China.",
      ),
      cite(
        "nm-gy-heraldcorp-persimmon",
        "summaryEn",
        "1st-2nd paragraphs",
        "The agriculture ministry said on the 2nd that quarantine talks begun in 2008 were concluded with an MOU at the summit, 17 years after the request.",
      ),
      cite(
        "nm-gy-heraldcorp-persimmon",
        "topics",
        "5th-6th paragraphs",
        "Exports need registered orchards and packing houses, pest surveillance and notes on certificates; the quarantine agency will issue a notice and train growers.",
      ),
      cite(
        "sm-kotra-persimmon",
        "signatories",
        "table at top",
        "The portal lists MAFRA as the domestic party, '외교부' as the foreign party, the date 2025-11-01 and the place Gyeongju.",
      ),
      cite(
        "sm-tridge-persimmon",
        "summaryEn",
        "1st paragraph",
        "A translated farm-press item says Minister Song Mi-ryeong and ambassador Dai Bing attended the signing (low trust).",
      ),
      cite(
        "sm-tridge-gacc",
        "summaryEn",
        "1st paragraph",
        "China's customs published import quarantine requirements for fresh Korean persimmons on 16 December; first shipments expected the next year (low trust).",
      ),
      ...gyeongjuDate(),
    ],
  },
  {
    slug: "police-online-fraud-mou-2025",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on cooperation in countering voice-phishing and online fraud crimes",
    titleKo: "보이스피싱·온라인 사기 범죄 대응 공조 양해각서(MOU)",
    titleZh: "关于合作打击电信诈骗和网络诈骗犯罪的谅解备忘录",
    summaryEn:
      "Memorandum between Korea's National Police Agency and China's Ministry of Public Security, signed at the Gyeongju summit, on joint action against transnational scams: voice phishing, online, investment and romance fraud, and the confinement of job seekers in Southeast Asian scam compounds. It launches a Korea–China joint response council with designated dedicated units and a standing network for joint operations, victim rescue and asset tracing, with annexes to be settled during a police visit to the ministry. Acting police chief Yoo Jae-seong signed for Korea; reports differ on who signed for China (ambassador Dai Bing per Segye Ilbo, a vice-minister of public security per a mirror of Kuki News).",
    summaryKo:
      "경주 정상회담에서 서명된 한국 경찰청과 중국 공안부 간 양해각서로, 보이스피싱, 온라인·투자·로맨스 사기, 동남아 스캠 단지의 구직자 감금 등 초국가 사기 범죄에 공동 대응하는 내용이다. 전담 부서를 지정한 '한·중 공동 대응 협의체'와 공동 단속, 피해자 구출, 범죄수익 추적을 위한 상시 협력망을 출범시키며, 부속서는 경찰청의 공안부 방문 때 협의하기로 했다. 한국 측에서는 유재성 경찰청장 직무대행이 서명했고, 중국 측 서명자는 보도마다 다르다(세계일보는 다이빙 대사, 쿠키뉴스 미러 페이지는 공안부 부부장).",
    summaryZh:
      "韩国警察厅与中国公安部在庆州首脑会谈期间签署的谅解备忘录，内容是共同打击跨国诈骗犯罪：电信诈骗、网络诈骗、投资和婚恋诈骗，以及东南亚诈骗园区拘禁求职者等。备忘录启动“韩中共同应对协商机制”，指定专门部门，建立开展联合行动、解救受害者和追缴犯罪资产的常设合作网络，附件将在韩国警察厅访问公安部时商定。韩方由警察厅长职务代行签字；关于中方签字人报道不一（《世界日报》称为戴兵大使，国民日报镜像页面称为公安部副部长）。",
    signedOn: GYEONGJU_DAY,
    signatories: ["knpa", "mps-china"],
    topics: ["online-fraud"],
    translated: TRANSLATED_TEXTS,
    aliases: ["보이스피싱 공조 MOU", "voice phishing MOU"],
    citations: [
      cite(
        "nm-gy-news1-police",
        "titleKo",
        "3rd paragraph, police announcement",
        "Gives the Korean title of the MOU on cooperation against voice phishing and online fraud.",
      ),
      cite(
        "nm-gy-news1-police",
        "signatories",
        "3rd-5th paragraphs",
        "The police agency said it signed the MOU with China's Ministry of Public Security; cooperation covers scam-compound intelligence, joint operations, rescue and asset tracing.",
      ),
      cite(
        "nm-gy-news1-police",
        "summaryEn",
        "6th-7th paragraphs",
        "Both sides officially launch a joint response council and name dedicated units; the police agency plans a visit to the ministry on annexes.",
      ),
      cite(
        "sm-asiae-police",
        "summaryEn",
        "2nd-3rd paragraphs",
        "Cooperation within each country's laws; a council and a standing network; the police agency to visit the ministry for annex talks.",
      ),
      cite(
        "nm-gy-sbs-mou",
        "signatories",
        "4th paragraph",
        "Korea's National Police Agency and China's Ministry of Public Security exchanged the anti-fraud MOU.",
      ),
      cite(
        "sm-segye-police",
        "summaryEn",
        "2nd paragraph",
        "Acting police chief Yoo Jae-seong and ambassador Dai Bing exchanged the MOU as representatives.",
      ),
      {
        ...cite(
          "sm-kuk-signers",
          "summaryEn",
          "3rd paragraph",
          "Says the MOU was signed by the acting police commissioner and a vice-minister of China's Ministry of Public Security.",
        ),
        stance: "competing",
        claim: "signed for China by a vice-minister of public security",
        note: "A low-trust mirror; Segye Ilbo (secondary) names ambassador Dai Bing as the Chinese representative. The summary gives both.",
      },
      ...gyeongjuDate(),
    ],
  },
];

// ---------------------------------------------------------------- Beijing, 5 January 2026

const beijingAgreements: SeedAgreement[] = [
  {
    slug: "children-welfare-mou-2026",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on cooperation in guaranteeing children's rights and promoting their welfare",
    titleKo: "아동 권리보장 및 복지증진 협력 관련 양해각서",
    titleZh: "关于保障儿童权利和促进儿童福利合作的谅解备忘录",
    summaryEn:
      "Memorandum on cooperation between the two governments in protecting children's rights and improving child welfare, one of the fourteen signed at the Beijing summit of 5 January 2026; a paid CGTN release says it provides for policy dialogue, personnel exchanges and capacity-building programmes, and no body is named. Its signatories — Deputy Prime Minister and Minister of Economy and Finance Koo Yun-cheol and NDRC chairman Zheng Shanjie — come only from a small low-trust outlet; Chosun Biz confirms only that Koo was among the Korean signers.",
    summaryKo:
      "아동 권리 보호와 아동 복지 증진을 위한 양국 정부 간 협력 양해각서로, 2026년 1월 5일 베이징 정상회담에서 서명된 14건 중 하나다. CGTN의 유료 보도자료는 정책 대화, 인적 교류, 역량 강화 프로그램을 담고 있다고 하며, 설치되는 기구는 언급되지 않았다. 서명자(구윤철 부총리 겸 재정경제부 장관, 정산제 국가발전개혁위원회 주임)는 신뢰도 낮은 소규모 매체에만 나오며, 조선비즈는 구 부총리가 한국 측 서명자 중 한 명이었다는 사실만 확인한다.",
    summaryZh:
      "两国政府在保障儿童权利和增进儿童福利方面开展合作的谅解备忘录，是2026年1月5日北京首脑会谈期间签署的14份文件之一；CGTN的付费新闻稿称其包括政策对话、人员交流和能力建设项目，未提及设立机构。其签署人（韩国副总理兼财政经济部长官具润哲、国家发展改革委主任郑栅洁）仅见于一家可信度较低的小型媒体；《朝鲜商业》（Chosun Biz）仅证实具润哲是韩方签署人之一。",
    signedOn: BEIJING_DAY,
    signatories: ["mofe", "ndrc"],
    topics: ["children-welfare"],
    translated: TRANSLATED_TEXTS,
    citations: [
      cite(
        "sm-yonhaptv-mou",
        "titleKo",
        "paragraph on other MOUs (quoted titles)",
        "Gives the Korean title of the MOU on child-rights protection and welfare promotion.",
      ),
      cite(
        "sm-etoday-mou-list",
        "titleEn",
        "paragraph listing the 14 MOUs",
        "Lists this MOU among the 14 exchanged at the signing ceremony after the summit.",
      ),
      cite(
        "sm-newsdao-signers",
        "signatories",
        "section on social, population, culture fields",
        "Says the child-rights MOU was signed by Koo Yun-cheol and NDRC chairman Zheng Shanjie (low-trust, single source).",
      ),
      cite(
        "sm-chosunbiz-en-2026",
        "summaryEn",
        "2nd paragraph, who signed",
        "Koo Yun-cheol, Deputy Prime Minister and finance minister, was among the Korean signers at the ceremony (document not specified).",
      ),
      cite(
        "sm-cgtn-prn",
        "summaryEn",
        "paragraph after the first ladies' tea",
        "The paid CGTN release says the child-welfare MOU provides for policy dialogue, exchanges of people and capacity building.",
      ),
      ...beijingDate(),
    ],
  },
  {
    slug: "transport-cooperation-mou-2026",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on cooperation in the field of transport",
    titleKo: "교통 분야 협력 양해각서",
    titleZh: "关于交通运输领域合作的谅解备忘录",
    summaryEn:
      "Memorandum on cooperation in land transport, roads, railways, aviation and future mobility, signed at the Beijing summit. It raises the director-general-level councils for road, rail and aviation to a regular ministerial consultative body (per Yonhap News TV and Newsis). China's Minister of Transport Liu Wei signed it with Korea's ambassador Roh Jae-heon, who signed for the Korean side; no source names the Korean ministry that is party to it, so the Korean side is left out.",
    summaryKo:
      "육상 교통, 도로, 철도, 항공, 미래 모빌리티 분야 협력에 관한 양해각서로, 베이징 정상회담에서 서명되었다. 도로·철도·항공 분야별 국장급 협의체를 정례 장관급 협의체로 격상한다(연합뉴스TV, 뉴시스). 중국 측에서는 류웨이 교통운수부장이, 한국 측에서는 노재헌 주중대사가 서명했으며, 한국 측 당사 부처를 밝힌 자료가 없어 한국 측은 기록하지 않았다.",
    summaryZh:
      "关于陆路交通、公路、铁路、航空和未来出行领域合作的谅解备忘录，于北京首脑会谈期间签署。备忘录将公路、铁路、航空各领域的司局级磋商机制提升为定期部长级磋商机制（据韩联社电视台和纽西斯通讯社）。中方由交通运输部部长刘伟签署，韩方由驻华大使卢载宪代签；没有资料指明作为当事方的韩国部委，因此未记录韩方。",
    signedOn: BEIJING_DAY,
    signatories: ["mot-china"],
    topics: ["railways-roads-mobility"],
    translated: TRANSLATED_TEXTS,
    citations: [
      cite(
        "sm-yonhaptv-mou",
        "titleKo",
        "paragraph on transport MOU (quoted title)",
        "Gives the Korean title of the transport cooperation MOU.",
      ),
      cite(
        "sm-yonhaptv-mou",
        "summaryEn",
        "paragraph on transport MOU",
        "Director-general-level councils for road, rail and aviation are upgraded to a regular ministerial body.",
      ),
      cite(
        "sm-newsis-mou",
        "summaryEn",
        "sub-headline and transport paragraph",
        "The transport consultative body is lifted from director-general to minister level.",
      ),
      cite(
        "sm-economychosun",
        "signatories",
        "photo caption",
        "Caption shows ambassador Roh Jae-heon and Transport Minister Liu Wei at the transport MOU signing.",
      ),
      ...beijingDate(),
    ],
  },
  {
    slug: "sme-innovation-mou-2026",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on cooperation in SMEs and innovation",
    titleKo: "중소기업과 혁신 분야 협력에 관한 양해각서",
    titleZh: "关于中小企业和创新领域合作的谅解备忘录",
    summaryEn:
      "Memorandum between Korea's Ministry of SMEs and Startups (Minister Han Seong-sook) and China's Ministry of Industry and Information Technology (Minister Li Lecheng), signed at the Beijing summit. It extends the two ministries' cooperation on SME policy information and expert exchanges to start-up support and the use of new technology by SMEs and start-ups. It renews the ministries' earlier MOU, which expired in June 2024 and is not recorded in the tracker.",
    summaryKo:
      "한국 중소벤처기업부(한성숙 장관)와 중국 공업정보화부(리러청 부장) 간 양해각서로, 베이징 정상회담에서 서명되었다. 중소기업 정책 정보 공유와 전문가 교류 중심이던 양 부처 협력을 창업 지원과 중소기업·스타트업의 신기술 활용으로 넓힌다. 2024년 6월 만료된 양 부처의 이전 양해각서를 새로 체결한 것으로, 이전 양해각서는 이 트래커에 기록되어 있지 않다.",
    summaryZh:
      "韩国中小风险企业部（部长韩成淑）与中国工业和信息化部（部长李乐成）在北京首脑会谈期间签署的谅解备忘录。它将两部门在中小企业政策信息和专家交流方面的合作扩展到创业扶持以及中小企业和初创企业对新技术的应用。它接续两部门2024年6月到期的前一份谅解备忘录，该备忘录未收录于本追踪库。",
    signedOn: BEIJING_DAY,
    signatories: ["mss-korea", "miit"],
    topics: ["smes-startups"],
    translated: TRANSLATED_TEXTS,
    aliases: ["중소기업 및 혁신 분야 협력에 관한 양해각서"],
    citations: [
      cite(
        "nm-bj-asiae-mss",
        "titleKo",
        "headline (quoted title)",
        "Gives the Korean title of the MOU between the SME ministry and China's MIIT.",
      ),
      cite(
        "nm-bj-asiae-mss",
        "aliases",
        "2nd paragraph (variant wording in body)",
        "The body text writes the title with 및 instead of 과.",
      ),
      cite(
        "nm-bj-asiae-mss",
        "summaryEn",
        "paragraph on expired 2024 MOU",
        "Expands the two ministries' earlier MOU, which lapsed in June 2024, adding start-ups.",
      ),
      cite(
        "sm-economychosun",
        "signatories",
        "photo caption",
        "Caption shows Minister Han Seong-sook and MIIT minister Li Lecheng at the SME MOU signing.",
      ),
      cite(
        "sm-bulgyoilbo-mss",
        "topics",
        "2nd paragraph",
        "Adds start-up promotion and technology-based support to the earlier SME information sharing and exchanges (Yonhap text reposted).",
      ),
      ...beijingDate(),
    ],
  },
  {
    slug: "trade-cooperation-dialogue-mou-2026",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on establishing a Korea–China trade cooperation dialogue",
    titleKo: "상무 협력 대화 신설에 관한 양해각서",
    titleZh: "关于建立中韩经贸合作对话机制的谅解备忘录",
    summaryEn:
      "Memorandum between Korea's Ministry of Trade, Industry and Resources (Minister Kim Jung-kwan) and China's Ministry of Commerce (Minister Wang Wentao), signed at the Beijing summit, turning the trade ministers' irregular meetings into a standing dialogue. The dialogue covers trade, investment, supply chains and cooperation in multilateral fora and third countries, meets at least once a year with reciprocal visits, and is to hold its first meeting in Seoul in the first half of 2026. Per YTN Science it restores a regular ministerial body after about 15 years.",
    summaryKo:
      "한국 산업통상부(김정관 장관)와 중국 상무부(왕원타오 부장) 간 양해각서로, 베이징 정상회담에서 서명되었으며 비정기적이던 통상장관회의를 상설 대화로 바꾼다. 이 대화는 무역, 투자, 공급망, 다자·제3국 협력을 다루고, 적어도 매년 한 번 상호 방문 형식으로 열리며, 첫 회의는 2026년 상반기 서울에서 열릴 예정이다. YTN 사이언스에 따르면 약 15년 만에 장관급 정례 협의체가 복원된다.",
    summaryZh:
      "韩国产业通商部（部长金正官）与中国商务部（部长王文涛）在北京首脑会谈期间签署的谅解备忘录，将不定期的贸易部长会谈改为常设对话。对话涵盖贸易、投资、供应链以及多边和第三国合作，至少每年举行一次、双方互访，首次会议定于2026年上半年在首尔举行。据YTN Science报道，这是约15年来首次恢复部长级定期机制。",
    signedOn: BEIJING_DAY,
    signatories: ["industry-ministry-korea", "mofcom"],
    topics: ["investment", "supply-chain-stability"],
    translated: TRANSLATED_TEXTS,
    aliases: ["상무 협력 대화", "中韩经贸合作对话机制", "trade ministers' dialogue"],
    citations: [
      cite(
        "sm-yonhaptv-mou",
        "titleKo",
        "2nd paragraph (quoted title)",
        "Gives the Korean title of the MOU establishing a trade (commercial) cooperation dialogue.",
      ),
      {
        ...cite(
          "sm-jisuxw-mofcom",
          "titleEn",
          "4th paragraph, spokesman He Yadong",
          "China's commerce ministry spokesman names the MOU on establishing a China–Korea economic and trade cooperation dialogue mechanism.",
        ),
        note: "The repost shows the Chinese title in traditional script; the tracker's titleZh is its simplified form, so it is marked as translated.",
      },
      cite(
        "sm-koreanet-trade",
        "summaryEn",
        "paragraphs 3-4, spokesperson briefing",
        "Regular trade ministers' talks on trade, investment, supply chains and third-country cooperation; the opening round is to take place in Seoul in the first six months of 2026.",
      ),
      cite(
        "sm-ytnscience-trade",
        "summaryEn",
        "2nd-3rd paragraphs",
        "A ministerial body restored after about 15 years; at least one reciprocal meeting each year.",
      ),
      cite(
        "nm-sbs-15-docs",
        undefined,
        "paragraph on 상무협력 대화",
        "Sets up a regular consultative body between the trade ministry and MOFCOM in place of irregular ministerial meetings.",
      ),
      cite(
        "sm-donga-mou",
        "signatories",
        "photo caption",
        "Caption shows Kim Jung-kwan and Wang Wentao signing the trade dialogue MOU.",
      ),
      ...beijingDate(),
    ],
  },
  {
    slug: "food-safety-mou-2026",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on food safety cooperation",
    titleKo: "식품안전협력에 관한 MOU",
    titleZh: "关于食品安全合作的谅解备忘录",
    summaryEn:
      "Memorandum between Korea's Ministry of Food and Drug Safety (Minister Oh Yu-kyoung) and China's General Administration of Customs (Minister Sun Meijun), signed at the Beijing summit to ease Korean food exports. It provides for exchanging food-safety laws and rules, notices of non-compliant imports, help with on-site inspections and the registration of Korean exporting food plants through the Korean ministry. It sets up an annual director-general-level meeting of the two agencies.",
    summaryKo:
      "한국 식품의약품안전처(오유경 처장)와 중국 해관총서(쑨메이쥔 서장) 간 양해각서로, 한국 식품의 수출을 쉽게 하기 위해 베이징 정상회담에서 서명되었다. 식품안전 법령·제도 교환, 부적합 수입품 통보, 현지 실사 지원, 식약처를 통한 한국 수출 식품 제조업체 등록을 담고 있다. 두 기관의 국장급 회의를 매년 열기로 했다.",
    summaryZh:
      "韩国食品医药品安全处与中国海关总署（署长孙梅君）在北京首脑会谈期间签署的谅解备忘录，旨在便利韩国食品出口。内容包括交换食品安全法规、通报不合格进口产品、协助现场检查，以及通过韩国食药处办理韩国出口食品生产企业注册。双方将每年举行一次司局级会议。",
    signedOn: BEIJING_DAY,
    signatories: ["mfds", "gacc"],
    topics: ["food-safety"],
    translated: TRANSLATED_TEXTS,
    citations: [
      cite(
        "sm-news1-mou",
        "titleKo",
        "paragraph on K-food support (quoted title)",
        "Gives the Korean title of the food safety cooperation MOU.",
      ),
      cite(
        "nm-ajunews-mfds-2026",
        "signatories",
        "1st paragraph",
        "The food and drug safety ministry signed the food safety MOU with China's customs administration in the leaders' presence.",
      ),
      cite(
        "nm-ajunews-mfds-2026",
        "summaryEn",
        "2nd paragraph, last sentence",
        "The MOU includes holding a director-general-level meeting every year.",
      ),
      cite(
        "sm-news1-mfds",
        "summaryEn",
        "paragraph listing contents",
        "Lists information exchange, non-compliance notices, registration of exporters and technical support.",
      ),
      cite(
        "sm-donga-mou",
        "summaryEn",
        "photo caption",
        "Caption shows Oh Yu-kyoung and Sun Meijun signing the food safety MOU.",
      ),
      ...beijingDate(),
    ],
  },
  {
    slug: "wild-seafood-hygiene-mou-2026",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on hygiene of imported and exported wild-caught aquatic products",
    titleKo: "야생(자연산) 수산물 수출입 위생 관련 MOU",
    titleZh: "关于野生水产品进出口卫生的谅解备忘录",
    summaryEn:
      "Memorandum with China's General Administration of Customs on inspection, quarantine and hygiene terms for traded wild-caught seafood, signed at the Beijing summit: all Korean wild-caught seafood (such as chilled pomfret) may go to China after facility registration and with health certificates, without item-by-item approval. Korea's Ministry of Food and Drug Safety says it signed it; a portal copy of a Kyunghyang Shinmun article also names the Ministry of Oceans and Fisheries as a party, and that ministry announced the outcome, saying the talks had taken about ten years.",
    summaryKo:
      "중국 해관총서와 야생(자연산) 수산물 교역의 검사·검역·위생 조건을 정한 양해각서로, 베이징 정상회담에서 서명되었다. 이에 따라 냉장 병어 등 한국산 자연산 수산물 전체가 시설 등록과 위생증명서를 갖추면 품목별 승인 없이 중국에 수출될 수 있다. 식품의약품안전처는 자신이 서명했다고 밝혔으며, 포털에 실린 경향신문 기사는 해양수산부도 당사자로 적고 있고, 해양수산부는 약 10년 걸린 협상의 결과를 발표했다.",
    summaryZh:
      "与中国海关总署就野生捕捞水产品贸易的检验、检疫和卫生条件签署的谅解备忘录，于北京首脑会谈期间签署：韩国所有野生捕捞水产品（如冰鲜鲳鱼）在完成设施注册并附卫生证书后即可输华，无需逐个品种审批。韩国食品医药品安全处表示由其签署；门户网站转载的《京乡新闻》报道还将海洋水产部列为当事方，海洋水产部公布了这一历时约十年谈判的结果。",
    signedOn: BEIJING_DAY,
    signatories: ["mfds", "gacc"],
    topics: ["fisheries", "food-safety"],
    translated: TRANSLATED_TEXTS,
    citations: [
      cite(
        "sm-news1-mou",
        "titleKo",
        "3rd body paragraph (quoted title)",
        "Gives the Korean title of the MOU on the hygiene of traded wild-caught seafood.",
      ),
      cite(
        "nm-ajunews-mfds-2026",
        "signatories",
        "1st paragraph",
        "The food and drug safety ministry says it signed the wild seafood hygiene MOU with China's customs administration.",
      ),
      cite(
        "nm-bj-khan-zum",
        "summaryEn",
        "paragraph on wild seafood",
        "Reports that the food and drug safety ministry and the oceans and fisheries ministry concluded it with China's customs (portal copy).",
      ),
      cite(
        "nm-bj-nocut-seafood",
        "summaryEn",
        "1st-4th paragraphs",
        "Oceans ministry: the sanitary talks were settled at the summit after about ten years; items such as chilled pomfret can now be exported.",
      ),
      cite(
        "sm-news1-mou",
        "topics",
        "3rd body paragraph",
        "All Korean caught seafood may be exported to China without per-item permits.",
      ),
      ...beijingDate(),
    ],
  },
  {
    slug: "ip-deepened-cooperation-mou-2026",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on deepened cooperation in the field of intellectual property (extended and revised)",
    titleKo: "지식재산 분야의 심화 협력에 관한 양해각서",
    titleZh: "关于知识产权领域深化合作的谅解备忘录",
    summaryEn:
      "Memorandum between Korea's Ministry of Intellectual Property (head Kim Yong-sun) and the China National Intellectual Property Administration (head Shen Changyu), signed at the Beijing summit, extending and revising their 2021 MOU on deepened IP cooperation (the 2021 MOU is not recorded in the tracker). It adds anti-counterfeiting and IP protection, the use of AI and big data in examination and patent analysis, and IP trading, commercialisation and finance. At their heads' meeting on 4 January the two offices also agreed to act together against bad-faith trademark filings.",
    summaryKo:
      "한국 지식재산처(김용선 처장)와 중국 국가지식재산국(선창위 국장) 간 양해각서로, 베이징 정상회담에서 서명되었으며 2021년 지식재산 심화 협력 양해각서를 연장·개정했다(2021년 양해각서는 이 트래커에 기록되어 있지 않다). 위조상품 대응과 지식재산 보호, 심사·특허 분석에서의 AI·빅데이터 활용, 지식재산 거래·사업화·금융을 새로 담았다. 1월 4일 최고책임자 회의에서 양 기관은 악의적 상표 선점에 공동 대응하기로 했다.",
    summaryZh:
      "韩国知识产权处与中国国家知识产权局（局长申长雨）在北京首脑会谈期间签署的谅解备忘录，延长并修订了双方2021年关于知识产权深化合作的谅解备忘录（2021年备忘录未收录于本追踪库）。新增内容包括打击假冒和知识产权保护、在审查和专利分析中运用人工智能和大数据，以及知识产权交易、转化和金融。在1月4日的局长会议上，双方还商定共同应对恶意抢注商标。",
    signedOn: BEIJING_DAY,
    signatories: ["moip", "cnipa"],
    topics: ["ip-protection"],
    translated: TRANSLATED_TEXTS,
    citations: [
      cite(
        "sm-seoulgo-kipo",
        "titleKo",
        "1st paragraph of the release (title in brackets)",
        "The IP office's release gives the Korean title of the MOU on deepened IP cooperation.",
      ),
      cite(
        "sm-seoulgo-kipo",
        "signatories",
        "1st paragraph of the release",
        "The IP office signed the MOU with CNIPA at the summit on 5 January.",
      ),
      cite(
        "sm-seoulgo-kipo",
        "summaryEn",
        "2nd paragraph",
        "Expands the 2021 deepened-cooperation MOU to anti-counterfeiting, AI and big data, and IP commercialisation.",
      ),
      cite(
        "sm-ajunews-mou-list",
        "summaryEn",
        "list of other MOUs",
        "Listed with the note that it is an extension and revision.",
      ),
      cite(
        "sm-konews-kipo",
        "summaryEn",
        "paragraph on heads' meeting",
        "The agency heads agreed to counter malicious pre-emptive trademark filings together (Yonhap text reposted).",
      ),
      cite(
        "nm-sbs-15-docs",
        "signatories",
        "photo caption",
        "Caption shows IP office head Kim Yong-sun with the CNIPA head at the IP signing.",
      ),
      ...beijingDate(),
    ],
  },
  {
    slug: "border-ip-protection-mou-2026",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on mutual cooperation for the protection of intellectual property rights at the border",
    titleKo: "국경에서의 지식재산권 보호를 위한 상호 협력 MOU",
    titleZh: "关于边境知识产权保护相互合作的谅解备忘录",
    summaryEn:
      "Memorandum between the Korea Customs Service (Commissioner Lee Myung-gu) and China's General Administration of Customs (Minister Sun Meijun), signed in Beijing in the two leaders' presence, on customs action against imports and exports that infringe intellectual property. The two services will share IP laws and procedures, exchange information on counterfeit seizures and invite each other's officers to training, including on identifying genuine Korean-brand goods.",
    summaryKo:
      "한국 관세청(이명구 청장)과 중국 해관총서(쑨메이쥔 서장) 간 양해각서로, 베이징에서 양국 정상이 참석한 가운데 서명되었으며 지식재산권 침해 물품의 수출입에 대한 세관 단속 협력을 담고 있다. 양 기관은 지식재산 법령과 절차를 공유하고, 위조품 적발 정보를 교환하며, K-브랜드 식별 교육을 포함한 초청 연수를 서로 실시한다.",
    summaryZh:
      "韩国关税厅与中国海关总署（署长孙梅君）在两国领导人见证下于北京签署的谅解备忘录，内容是海关合作打击侵犯知识产权的进出口货物。双方将共享知识产权法规和程序，交换查获假冒商品的信息，并互相邀请海关官员参加培训，包括识别韩国品牌商品的培训。",
    signedOn: BEIJING_DAY,
    signatories: ["kcs", "gacc"],
    topics: ["ip-protection"],
    translated: TRANSLATED_TEXTS,
    citations: [
      cite(
        "sm-news1-mou",
        "titleKo",
        "paragraph on IP MOUs (quoted titles)",
        "Gives the Korean title of the MOU on protecting IP rights at the border.",
      ),
      cite(
        "nm-bj-herald-kcs",
        "signatories",
        "1st paragraph",
        "Customs head Lee Myung-gu and GACC head Sun Meijun signed it in Beijing in the leaders' presence.",
      ),
      cite(
        "nm-bj-herald-kcs",
        "summaryEn",
        "paragraphs 3 and 5",
        "Information sharing, exchange of counterfeit data and invitational training including K-brand identification.",
      ),
      cite(
        "sm-donga-mou",
        "summaryEn",
        "paragraph on customs cooperation",
        "The customs services will invite each other's officers and swap details of IP infringement cases.",
      ),
      ...beijingDate(),
    ],
  },
  {
    slug: "national-parks-mou-2026",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on cooperation between national park management authorities",
    titleKo: "국가 공원 관리 당국 간 협력 MOU",
    titleZh: "国家公园管理机构间合作谅解备忘录",
    summaryEn:
      "Memorandum between the Korea National Park Service (chair Joo Dae-young) and China's National Park Administration (head Liu Guohong), signed at the Beijing summit. It covers exchanges on park management policy, nature education, ecotourism, biodiversity, eco-friendly facilities, research and monitoring, with joint projects, staff visits, joint symposia and a sister-park link with the Yellow River Delta reserve. The Korean chair called for a working-level body to be launched soon; none is reported as set up.",
    summaryKo:
      "한국 국립공원공단(주대영 이사장)과 중국 국가공원관리국(류궈훙 국장) 간 양해각서로, 베이징 정상회담에서 서명되었다. 공원 관리 정책, 자연 교육, 생태관광, 생물다양성, 친환경 시설, 연구·모니터링 교류와 함께 공동 사업, 직원 상호 방문, 공동 심포지엄, 황하삼각주 보호구와의 자매공원 결연을 담고 있다. 공단 이사장은 실무 협의체를 조속히 출범시키자고 제안했으나, 설치되었다는 보도는 없다.",
    summaryZh:
      "韩国国立公园公团与中国国家公园管理局（局长刘国洪）在北京首脑会谈期间签署的谅解备忘录。内容包括公园管理政策、自然教育、生态旅游、生物多样性、生态友好设施、研究和监测方面的交流，以及联合项目、人员互访、联合研讨会和与黄河三角洲保护区结为姊妹公园。韩方理事长呼吁尽快启动工作层面机制，但未见已设立的报道。",
    signedOn: BEIJING_DAY,
    signatories: ["knps", "npa-china"],
    topics: ["national-parks", "biodiversity"],
    translated: TRANSLATED_TEXTS,
    aliases: ["국립공원 관리 협력에 관한 양해각서"],
    citations: [
      cite(
        "sm-ajunews-mou-list",
        "titleKo",
        "list of other MOUs",
        "Gives the Korean title of the MOU between national park management authorities.",
      ),
      cite(
        "nm-bj-zdnet-knps",
        "aliases",
        "1st paragraph (KNPS wording)",
        "The park service calls it an MOU on national park management cooperation.",
      ),
      cite(
        "nm-bj-zdnet-knps",
        "signatories",
        "photo caption",
        "Park service chair Joo Dae-young and National Park Administration head Liu Guohong shook hands after signing.",
      ),
      cite(
        "nm-bj-zdnet-knps",
        "summaryEn",
        "paragraphs 3-5",
        "Lists the exchange areas, joint projects, staff visits, symposia, the Yellow River Delta sister park and a hoped-for working body.",
      ),
      ...beijingDate(),
    ],
  },
  {
    slug: "animal-plant-quarantine-mou-2026",
    kind: "mou",
    status: "signed",
    titleEn: "MOU on cooperation in quarantine of imported and exported animals and plants",
    titleKo: "수출입 동식물 검역 분야 협력 MOU",
    titleZh: "关于进出口动植物检疫领域合作的谅解备忘录",
    summaryEn:
      "Memorandum on closer quarantine cooperation for traded agricultural and livestock products, to support the growth of trade; one of the fourteen signed at the Beijing summit. No source found names its signatories on either side, so none is recorded.",
    summaryKo:
      "교역되는 농축산물의 검역 협력을 강화해 교역 확대를 뒷받침하기 위한 양해각서로, 베이징 정상회담에서 서명된 14건 중 하나다. 양측 서명 기관을 밝힌 자료를 찾지 못해 서명 기관은 기록하지 않았다.",
    summaryZh:
      "加强贸易农畜产品检疫合作、以促进贸易增长的谅解备忘录，是北京首脑会谈期间签署的14份文件之一。未找到指明双方签署机构的资料，因此未记录签署方。",
    signedOn: BEIJING_DAY,
    signatories: [],
    topics: ["plant-animal-quarantine"],
    translated: TRANSLATED_TEXTS,
    citations: [
      cite(
        "sm-ajunews-mou-list",
        "titleKo",
        "list of other MOUs",
        "Gives the Korean title of the MOU on quarantine of traded animals and plants.",
      ),
      cite(
        "sm-etoday-mou-list",
        "titleEn",
        "paragraph listing the 14 MOUs",
        "Lists this MOU among the 14 exchanged at the signing ceremony after the summit.",
      ),
      cite(
        "sm-moneys-mou",
        "summaryEn",
        "last paragraph",
        "Aims to strengthen quarantine cooperation on traded agricultural and livestock goods to drive trade.",
      ),
      ...beijingDate(),
    ],
  },
  {
    slug: "stone-lions-donation-2026",
    kind: "arrangement",
    status: "signed",
    titleEn: "Certificate of donation of a pair of Qing-dynasty stone lions to China",
    titleKo: "중국 청대(淸代) 석사자상 한 쌍 기증 증서",
    titleZh: "中国清代石狮一对捐赠证书",
    summaryEn:
      "Certificate by which a pair of Qing-dynasty marble stone lions from the Kansong Art Museum was donated back to China, completed at the Beijing summit alongside the fourteen MOUs. The National Museum of Korea (director Yu Hong-june), acting at the Kansong museum's request, signed it with China's National Cultural Heritage Administration (head Rao Quan). Kansong's founder Jeon Hyeong-pil bought the lions at a 1933 auction in Japan, and they had stood at the museum's entrance since 1938.",
    summaryKo:
      "간송미술관이 소장한 청대 대리석 석사자상 한 쌍을 중국에 기증하는 증서로, 베이징 정상회담에서 14건의 양해각서와 함께 작성되었다. 간송미술관의 요청으로 국립중앙박물관(유홍준 관장)이 중국 국가문물국(라오취안 국장)과 서명했다. 간송 전형필이 1933년 일본 경매에서 사들인 석사자상은 1938년부터 미술관 입구에 놓여 있었다.",
    summaryZh:
      "将涧松美术馆收藏的一对清代大理石石狮捐赠回中国的证书，于北京首脑会谈期间与14份谅解备忘录一同签署。韩国国立中央博物馆（馆长俞弘濬）受涧松美术馆委托，与中国国家文物局（局长饶权）签署。涧松美术馆创始人全蓥弼于1933年在日本拍卖会上购得这对石狮，自1938年起一直立于美术馆入口。",
    signedOn: BEIJING_DAY,
    signatories: ["nmk", "ncha-china"],
    topics: ["cultural-heritage"],
    translated: TRANSLATED_TEXTS,
    aliases: ["석사자상", "清代石狮", "Kansong stone lions"],
    citations: [
      cite(
        "sm-yonhaptv-mou",
        "titleKo",
        "last paragraph (quoted document name)",
        "Gives the Korean name of the donation certificate for the pair of Qing-dynasty stone lions.",
      ),
      cite(
        "nm-bj-seoul-lions",
        "signatories",
        "1st-2nd paragraphs",
        "The national museum, asked by Kansong, signed the donation document with China's heritage administration in the Great Hall.",
      ),
      cite(
        "nm-bj-seoul-lions",
        "summaryEn",
        "3rd paragraph",
        "Bought at a 1933 auction in Japan; placed at the museum entrance in 1938 and kept there 87 years.",
      ),
      cite(
        "nm-bj-sedaily-lions",
        "signatories",
        "photo caption (Yonhap)",
        "Caption names museum director Yu Hong-june and heritage administration head Rao Quan after completing the certificate.",
      ),
      cite(
        "nm-bj-netease-lions",
        "signatories",
        "1st paragraph",
        "A Chinese account says the Korean museum's representative handed the certificate to the head of the heritage administration (low trust).",
      ),
      ...beijingDate(),
    ],
  },
];

export const summitAgreements: SeedAgreement[] = [...gyeongjuAgreements, ...beijingAgreements];

// ---------------------------------------------------------------- dialogues set up or named at the summits

export const summitDialogues: SeedDialogue[] = [
  {
    slug: "trade-cooperation-dialogue",
    nameEn: "Korea–China trade cooperation dialogue (trade ministers)",
    nameKo: "상무 협력 대화",
    nameZh: "中韩经贸合作对话机制",
    format: "bilateral",
    level: "minister",
    cadence: "annual",
    sector: "trade-investment",
    agreement: "trade-cooperation-dialogue-mou-2026",
    participants: ["industry-ministry-korea", "mofcom"],
    summaryEn:
      "Standing dialogue between Korea's trade ministry and China's Ministry of Commerce, set up by the MOU signed at the Beijing summit of 5 January 2026 in place of the trade ministers' irregular meetings. It covers trade, investment, supply chains and multilateral and third-country cooperation, and meets at least once a year with reciprocal visits; the first meeting is to be hosted in Seoul in the first half of 2026.",
    summaryKo:
      "2026년 1월 5일 베이징 정상회담에서 서명된 양해각서로 비정기 통상장관회의를 대신해 설치된 한국 산업통상부와 중국 상무부 간 상설 대화다. 무역, 투자, 공급망, 다자·제3국 협력을 다루며 적어도 매년 한 번 상호 방문 형식으로 열린다. 첫 회의는 2026년 상반기 서울에서 열릴 예정이다.",
    summaryZh:
      "根据2026年1月5日北京首脑会谈期间签署的谅解备忘录设立的韩国产业通商部与中国商务部之间的常设对话，取代不定期的贸易部长会谈。对话涵盖贸易、投资、供应链以及多边和第三国合作，至少每年举行一次、双方互访；首次会议定于2026年上半年在首尔举行。",
    meetings: [
      {
        slug: "trade-cooperation-dialogue-1",
        number: 1,
        status: "scheduled",
        heldOn: { on: "2026", precision: "year" },
        placeEn: "Seoul",
        placeKo: "서울",
        placeZh: "首尔",
        participants: [],
        reviews: [],
        translated: ["placeKo", "placeZh"],
        citations: [
          {
            ...cite(
              "sm-koreanet-trade",
              "heldOn",
              "paragraph after spokesperson quote",
              "The opening round of these talks is planned in Seoul during the first six months of 2026.",
            ),
            note: "The first half of 2026: the vocabulary has no half-year precision, so the year is recorded.",
          },
          cite(
            "sm-koreanet-trade",
            "placeEn",
            "paragraph after spokesperson quote",
            "Seoul is to host the first meeting of the regular trade ministers' talks.",
          ),
        ],
      },
    ],
    translated: ["nameZh", "summaryKo", "summaryZh"],
    aliases: ["상무장관회의", "trade ministers' dialogue", "中韩经贸合作对话"],
    citations: [
      cite(
        "sm-moneys-mou",
        "nameKo",
        "paragraph on trade ministers' meetings (quoted name)",
        "The irregular trade ministers' meetings are recast as the regular dialogue named in Korean 상무 협력 대화.",
      ),
      {
        ...cite(
          "sm-jisuxw-mofcom",
          "nameEn",
          "4th-5th paragraphs",
          "China's commerce ministry calls it the China–Korea economic and trade cooperation dialogue mechanism.",
        ),
        note: "The repost shows the Chinese name in traditional script; nameZh is its simplified form, marked as translated.",
      },
      cite(
        "sm-ytnscience-trade",
        "cadence",
        "3rd paragraph",
        "At least one meeting a year with mutual visits; the first regular ministerial body in about 15 years.",
      ),
      cite(
        "sm-koreanet-trade",
        "level",
        "paragraphs 3-4",
        "The presidential spokesperson describes regular meetings of the two trade ministers.",
      ),
      cite(
        "sm-ytnscience-trade",
        "participants",
        "2nd paragraph",
        "Minister Kim Jung-kwan and Wang Wentao signed the MOU setting up the ministerial body.",
      ),
    ],
  },
  {
    slug: "transport-ministerial-consultative-body",
    nameEn: "Korea–China ministerial transport consultative body",
    nameKo: "한중 교통 분야 장관급 정례 협의체",
    nameZh: "中韩交通领域部长级定期磋商机制",
    format: "bilateral",
    level: "minister",
    cadence: "unknown",
    sector: "transport",
    agreement: "transport-cooperation-mou-2026",
    participants: ["mot-china"],
    summaryEn:
      "Regular ministerial body on transport set up by the transport MOU signed at the Beijing summit, replacing separate director-general-level councils for road, rail and aviation (and, per Yonhap Infomax, future mobility). How often it meets is not reported. China's Ministry of Transport takes part; no source names the Korean ministry, so the Korean side is left out.",
    summaryKo:
      "베이징 정상회담에서 서명된 교통 분야 양해각서로 설치된 교통 분야 장관급 정례 협의체로, 도로·철도·항공(연합인포맥스에 따르면 미래 모빌리티 포함) 분야별 국장급 협의체를 대신한다. 개최 주기는 보도되지 않았다. 중국 교통운수부가 참여하며, 한국 측 부처를 밝힌 자료가 없어 한국 측은 기록하지 않았다.",
    summaryZh:
      "根据北京首脑会谈期间签署的交通领域谅解备忘录设立的部长级定期交通磋商机制，取代公路、铁路、航空（据韩联社Infomax还包括未来出行）各领域的司局级磋商机制。会议频率未见报道。中国交通运输部参与；没有资料指明韩方部委，因此未记录韩方。",
    meetings: [],
    translated: ["nameKo", "nameZh", "summaryKo", "summaryZh"],
    citations: [
      cite(
        "sm-yonhaptv-mou",
        "level",
        "paragraph on transport MOU",
        "Director-general-level bodies for road, rail and aviation become a regular ministerial body.",
      ),
      cite(
        "sm-kbthink-infomax",
        "summaryEn",
        "paragraph on transport and SME MOUs",
        "Road, rail, aviation and future-mobility director-general bodies become a regular ministerial body (Yonhap Infomax reposted).",
      ),
      cite(
        "sm-economychosun",
        "participants",
        "photo caption",
        "China's Transport Minister Liu Wei signed the transport MOU.",
      ),
    ],
  },
  {
    slug: "food-safety-dg-meeting",
    nameEn: "Korea–China food safety director-general meeting (MFDS–GACC)",
    nameKo: "한중 식품안전 국장급 회의",
    nameZh: "中韩食品安全司局级会议",
    format: "bilateral",
    level: "director_general",
    cadence: "annual",
    sector: "food-agriculture-fisheries",
    agreement: "food-safety-mou-2026",
    participants: ["mfds", "gacc"],
    summaryEn:
      "Annual director-general-level meeting of Korea's Ministry of Food and Drug Safety and China's General Administration of Customs, provided for in the food safety MOU signed at the Beijing summit of 5 January 2026. No meeting is reported yet.",
    summaryKo:
      "2026년 1월 5일 베이징 정상회담에서 서명된 식품안전 협력 양해각서에 따라 한국 식품의약품안전처와 중국 해관총서가 매년 여는 국장급 회의다. 아직 열린 회의는 보도되지 않았다.",
    summaryZh:
      "根据2026年1月5日北京首脑会谈期间签署的食品安全合作谅解备忘录，韩国食品医药品安全处与中国海关总署每年举行的司局级会议。尚未见会议举行的报道。",
    meetings: [],
    translated: ["nameKo", "nameZh", "summaryKo", "summaryZh"],
    citations: [
      cite(
        "sm-news1-mfds",
        "cadence",
        "paragraph listing contents",
        "A director-general-level meeting is to be held every year under the food safety MOU.",
      ),
      cite(
        "nm-ajunews-mfds-2026",
        "level",
        "2nd paragraph, last sentence",
        "The MOU includes holding a director-general-level meeting every year.",
      ),
      cite(
        "nm-ajunews-mfds-2026",
        "participants",
        "1st paragraph",
        "The food and drug safety ministry signed the MOU with China's customs administration.",
      ),
    ],
  },
  {
    slug: "police-joint-response-council",
    nameEn: "Korea–China joint response council on scam crimes (police)",
    nameKo: "한·중 공동 대응 협의체",
    nameZh: "中韩共同应对协商机制",
    format: "bilateral",
    level: "unknown",
    cadence: "unknown",
    sector: "justice-public-safety",
    agreement: "police-online-fraud-mou-2025",
    participants: ["knpa", "mps-china"],
    summaryEn:
      "Council of Korea's National Police Agency and China's Ministry of Public Security launched under the anti-scam MOU signed at the Gyeongju summit of 1 November 2025, with dedicated units named on each side and a standing network for joint operations and investigations against voice phishing and online fraud. Its level and how often it meets are not reported.",
    summaryKo:
      "2025년 11월 1일 경주 정상회담에서 서명된 사기 범죄 대응 양해각서에 따라 출범한 한국 경찰청과 중국 공안부 간 협의체로, 양측이 전담 부서를 지정하고 보이스피싱·온라인 사기에 대한 공동 단속과 수사를 위한 상시 협력망을 둔다. 협의체의 급과 개최 주기는 보도되지 않았다.",
    summaryZh:
      "根据2025年11月1日庆州首脑会谈期间签署的反诈骗谅解备忘录启动的韩国警察厅与中国公安部之间的协商机制，双方各指定专门部门，并建立针对电信诈骗和网络诈骗开展联合行动和调查的常设合作网络。其级别和会议频率未见报道。",
    meetings: [],
    translated: ["nameZh", "summaryKo", "summaryZh"],
    aliases: ["공동대응 협의체"],
    citations: [
      cite(
        "nm-gy-news1-police",
        "nameKo",
        "6th paragraph",
        "Gives the Korean name of the joint response council to be launched under the November 2025 MOU.",
      ),
      cite(
        "nm-gy-news1-police",
        "agreement",
        "6th-7th paragraphs",
        "The council, with dedicated units and a standing network, is launched under the police MOU.",
      ),
      cite(
        "sm-asiae-police",
        "participants",
        "2nd-3rd paragraphs",
        "The National Police Agency and China's Ministry of Public Security set up the council and a standing network.",
      ),
    ],
  },
  {
    slug: "ip-office-heads-meeting",
    nameEn: "Korea–China IP office heads' meeting",
    nameKo: "지식재산 최고책임자회의",
    nameZh: "中韩知识产权局局长会议",
    format: "bilateral",
    level: "unknown",
    cadence: "unknown",
    sector: "intellectual-property",
    participants: ["moip", "cnipa"],
    summaryEn:
      "Meeting of the heads of Korea's intellectual property office and the China National Intellectual Property Administration. Its 4 January 2026 session, on the eve of the Beijing summit at which the two offices signed their deepened-cooperation MOU, reviewed IP policy and cooperation. The vocabulary has no level for agency heads, and no source says how often it meets.",
    summaryKo:
      "한국 지식재산처장과 중국 국가지식재산국장 간 회의다. 2026년 1월 4일 회의는 두 기관이 지식재산 심화 협력 양해각서에 서명한 베이징 정상회담 전날 열려 지식재산 정책과 협력을 점검했다. 기관장급을 나타내는 분류가 없어 급은 기록하지 않았고, 개최 주기를 밝힌 자료도 없다.",
    summaryZh:
      "韩国知识产权处处长与中国国家知识产权局局长之间的会议。2026年1月4日的会议在两机构签署知识产权深化合作谅解备忘录的北京首脑会谈前一天举行，回顾了知识产权政策与合作。分类中没有机构首长级别，因此未记录级别；也没有资料说明会议频率。",
    meetings: [
      {
        slug: "ip-office-heads-meeting-2026-01",
        status: "held",
        heldOn: { on: "2026-01-04", precision: "day" },
        outcomesEn:
          "The heads reviewed IP policy and cooperation and agreed to respond together to bad-faith trademark filings.",
        outcomesKo: "양 기관장은 지식재산 정책과 협력을 점검하고 악의적 상표 선점에 공동 대응하기로 했다.",
        outcomesZh: "双方局长回顾了知识产权政策与合作，并商定共同应对恶意抢注商标。",
        participants: [],
        reviews: [],
        translated: ["outcomesKo", "outcomesZh"],
        citations: [
          cite(
            "sm-seoulgo-kipo",
            "heldOn",
            "last paragraph shown",
            "The heads' meeting took place on Sunday 4 January, before the MOU signing.",
          ),
          cite(
            "sm-konews-kipo",
            "outcomesEn",
            "paragraph on heads' meeting",
            "The two heads reviewed policy and cooperation and agreed to counter malicious pre-emptive trademark filings.",
          ),
        ],
      },
    ],
    translated: ["nameZh", "summaryKo", "summaryZh"],
    citations: [
      cite(
        "sm-konews-kipo",
        "nameKo",
        "paragraph on heads' meeting",
        "Gives the Korean name of the meeting between the two agency heads.",
      ),
      cite(
        "sm-seoulgo-kipo",
        "participants",
        "1st paragraph of the release",
        "The Korean IP office and CNIPA are the two agencies whose heads met.",
      ),
    ],
  },
];

// ---------------------------------------------------------------- events

export const summitEvents: SeedEvent[] = [
  {
    slug: "gyeongju-summit-2025-11",
    kind: "summit",
    status: "held",
    titleEn: "Korea–China summit, Gyeongju, 1 November 2025",
    titleKo: "한중 정상회담(경주, 2025년 11월 1일)",
    titleZh: "中韩首脑会谈（庆州，2025年11月1日）",
    summaryEn:
      "First summit between President Lee Jae-myung and President Xi Jinping, held at the Gyeongju National Museum during Xi's state visit for the APEC meetings, his first visit to Korea since 2014, and followed by a state banquet. After talks of about 95 minutes (97 per the Korea Herald) the leaders witnessed the exchange of seven documents: the central banks' won–yuan swap contract and six MOUs on the 2026–2030 economic cooperation plan, trade in services, the silver economy, a start-up partnership, persimmon exports and police cooperation against scams. They agreed to run a regular high-level communication channel and to speed up the FTA's services and investment talks; Seoul described the result as a full restoration of relations.",
    summaryKo:
      "이재명 대통령과 시진핑 주석의 첫 정상회담으로, APEC 정상회의 계기 시 주석의 국빈 방문(2014년 이후 첫 방한) 중 국립경주박물관에서 열렸으며 이어 국빈 만찬이 있었다. 약 95분(코리아헤럴드는 97분) 회담 뒤 두 정상은 한국은행·중국인민은행의 원-위안 통화스와프 계약서와 2026~2030 경제협력 공동계획, 서비스무역, 실버 경제, 창업 파트너십, 감 수출 검역, 사기 범죄 대응 경찰 협력에 관한 양해각서 6건 등 문서 7건의 교환을 지켜보았다. 양 정상은 고위급 정례 소통 채널을 운영하고 FTA 서비스·투자 협상을 가속하기로 했으며, 한국 정부는 양국 관계가 전면 복원되었다고 평가했다.",
    summaryZh:
      "李在明总统与习近平主席的首次首脑会谈，在习近平出席APEC会议期间对韩国进行国事访问（2014年以来首次访韩）时于国立庆州博物馆举行，随后举行国宴。约95分钟（《韩国先驱报》称97分钟）的会谈后，两国领导人见证交换了7份文件：两国央行的韩元—人民币货币互换协议，以及关于2026—2030年经济合作联合规划、服务贸易、银发经济、创业伙伴计划、柿子出口检疫和警方合作打击诈骗犯罪的6份谅解备忘录。双方同意运行定期高层沟通渠道并加快自贸协定服务和投资谈判；韩方称两国关系已全面恢复。",
    startOn: GYEONGJU_DAY,
    placeEn: "Gyeongju National Museum, Gyeongju, South Korea",
    placeKo: "대한민국 경주 국립경주박물관",
    placeZh: "韩国庆州国立庆州博物馆",
    timeZone: "Asia/Seoul",
    sector: "diplomacy-security",
    participants: [
      "government-korea",
      "government-china",
      "bok",
      "pboc",
      "mofa-korea",
      "industry-ministry-korea",
      "mosf",
      "msit",
    ],
    translated: ["titleKo", "titleZh", "summaryKo", "summaryZh", "placeKo", "placeZh"],
    aliases: ["경주 APEC 한중 정상회담", "习李会 庆州", "Lee–Xi Gyeongju summit"],
    citations: [
      cite(
        "sm-overview-koreaherald",
        "startOn",
        "2nd-3rd paragraphs",
        "Korea Herald text (reposted) of 1 November 2025: the first Lee–Xi summit was held that Saturday at the Gyeongju National Museum and lasted 97 minutes.",
      ),
      cite(
        "sm-donga-mou-20251101",
        "startOn",
        "headline and date line",
        "Dated 1 November 2025: the two presidents held their summit and then saw the MOUs and the swap contract signed.",
      ),
      cite(
        "sm-etoday-mou",
        "placeEn",
        "2nd paragraph",
        "The exchange was held at the museum's Cheonnyeon Miso hall after the summit.",
      ),
      cite(
        "sm-kbs-world-zh",
        "summaryEn",
        "middle of text",
        "Xi's state visit was his first to Korea since 2014; a welcome ceremony at the museum and a banquet that evening.",
      ),
      cite("sm-asiae-summit", "summaryEn", "5th paragraph", "The summit lasted 95 minutes."),
      cite(
        "sm-zaobao-summit",
        "summaryEn",
        "near the end, after the further-reading links",
        "Gives 95 minutes of talks and seven agreements.",
      ),
      cite(
        "sm-asiae-summit",
        "summaryEn",
        "1st-3rd paragraphs",
        "The national security adviser's briefing: a regular high-level channel, faster FTA talks, local economic channels and supply chains; ties called fully restored.",
      ),
      cite(
        "sm-mofa-summit-2025",
        "summaryEn",
        "middle paragraphs",
        "The presidential summary: channels to be made regular, exchanges widened, concrete livelihood cooperation and a KRW 70 trillion swap.",
      ),
      cite(
        "sm-nanet-nars-2025",
        "summaryEn",
        "abstract",
        "The Assembly's research service: the summit declared relations fully restored, stressed livelihoods and extended cooperation to transnational crime.",
      ),
      cite(
        "sm-heraldcorp-mou",
        "summaryEn",
        "2nd paragraph",
        "The central banks' swap contract and six MOUs between ministries were exchanged after the summit.",
      ),
      cite(
        "sm-donga-mou-20251101",
        "participants",
        "2nd-3rd paragraphs",
        "Names the finance, science-ICT, foreign and industry ministers and presidential aides at the exchange; the central banks' swap is also mentioned.",
      ),
    ],
  },
  {
    slug: "yellow-sea-delimitation-vice-ministerial-talks-2026",
    kind: "other",
    status: "planned",
    titleEn: "Korea–China vice-ministerial maritime boundary delimitation talks (planned for 2026)",
    titleKo: "한중 차관급 해양경계획정 회담(2026년 개최 추진)",
    titleZh: "中韩副部长级海域划界谈判（拟于2026年举行）",
    summaryEn:
      "At the Beijing summit of 5 January 2026 the two leaders agreed to work toward a formal vice-ministerial round of talks on delimiting the maritime boundary in the Yellow Sea within 2026, the first at that level in seven years. Per a foreign ministry official quoted by CBS NoCut News, Chinese structures in the Provisional Measures Zone are handled on a separate track, while director-general-level rounds continue (the 14th was held in November 2025). No date or venue is reported.",
    summaryKo:
      "2026년 1월 5일 베이징 정상회담에서 양 정상은 서해 해양경계획정을 위한 차관급 공식 회담을 2026년 안에 여는 방향으로 노력하기로 했으며, 이는 7년 만의 차관급 회담이 된다. CBS 노컷뉴스가 인용한 외교부 당국자에 따르면 잠정조치수역 내 중국 구조물 문제는 별도 경로로 다루며, 국장급 회담은 계속된다(제14차는 2025년 11월). 날짜와 장소는 보도되지 않았다.",
    summaryZh:
      "在2026年1月5日的北京首脑会谈中，两国领导人同意努力在2026年内举行黄海海域划界副部长级正式谈判，这将是七年来首次该级别谈判。据CBS NoCut新闻援引的韩国外交部官员，暂定措施水域内的中方构筑物问题另行处理，司局级谈判继续进行（第14轮于2025年11月举行）。日期和地点未见报道。",
    startOn: { on: "2026", precision: "year" },
    sector: "diplomacy-security",
    participants: [],
    translated: ["titleKo", "titleZh", "summaryKo", "summaryZh"],
    aliases: ["서해 해양경계획정 차관급 회담", "黄海划界谈判"],
    citations: [
      cite(
        "sm-segye-outcomes",
        "startOn",
        "paragraph on West Sea structures",
        "The leaders agreed to try to hold vice-ministerial delimitation talks starting this year (2026).",
      ),
      cite(
        "sm-nocut-vm",
        "startOn",
        "lead and 4th paragraph",
        "The lead and Wi Sung-lac's briefing: both sides will try to hold the first vice-ministerial delimitation talks in seven years during 2026.",
      ),
      cite(
        "sm-nocut-vm",
        "summaryEn",
        "paragraphs 1-2 and last",
        "Structures are handled on a separate track; the framework dates from 2014 and the 14th director-general round was in November 2025.",
      ),
      cite(
        "sm-kbs-zh",
        "status",
        "paragraph on West Sea structures",
        "Chinese-language KBS: the leaders agreed to push vice-ministerial delimitation talks starting this year.",
      ),
    ],
  },
  {
    slug: "business-forum-beijing-2026-01",
    kind: "forum",
    status: "held",
    titleEn: "Korea–China business forum, 5 January 2026",
    titleKo: "한중 비즈니스 포럼(2026년 1월 5일)",
    titleZh: "中韩商务论坛（2026年1月5日）",
    summaryEn:
      "Business forum held during President Lee's state visit to China, at which companies of the two countries signed nine MOUs: four on consumer goods, three on content and two on supply chains (for example Shinsegae with Alibaba on online exports, and SWM with Lenovo on autonomous-driving computing). Per CNA's wire based on Yonhap, 161 Korean firms (416 people) and about 200 Chinese business people attended; NewsWay reported instead that companies were to sign 32 MOUs.",
    summaryKo:
      "이재명 대통령의 국빈 방중 중 열린 비즈니스 포럼으로, 양국 기업이 소비재 4건, 콘텐츠 3건, 공급망 2건 등 양해각서 9건을 체결했다(예: 신세계와 알리바바의 온라인 수출, SWM과 레노버의 자율주행 컴퓨팅). 연합뉴스를 인용한 중앙통신사 기사에 따르면 한국 기업 161곳(416명)과 중국 기업인 약 200명이 참석했으며, 뉴스웨이는 기업들이 양해각서 32건을 체결할 예정이라고 달리 보도했다.",
    summaryZh:
      "李在明总统对华国事访问期间举行的商务论坛，两国企业签署了9份谅解备忘录：消费品4份、内容3份、供应链2份（例如新世界与阿里巴巴的线上出口合作、SWM与联想的自动驾驶计算合作）。据援引韩联社的中央社电讯，161家韩国企业（416人）和约200名中国企业界人士出席；NewsWay则报道企业将签署32份谅解备忘录。",
    startOn: BEIJING_DAY,
    timeZone: "Asia/Shanghai",
    sector: "trade-investment",
    participants: [],
    translated: ["titleKo", "titleZh", "summaryKo", "summaryZh"],
    citations: [
      cite(
        "sm-udn-biz",
        "startOn",
        "paragraphs 1-4 and last",
        "CNA wire on the business forum held on 5 January during the state visit: nine company MOUs by sector, with examples and attendance figures.",
      ),
      {
        ...cite("sm-newsway-32", "summaryEn", "3rd paragraph", "Says private companies were to sign 32 MOUs."),
        stance: "competing",
        claim: "32 company MOUs",
        note: "CNA, based on Yonhap, counts nine MOUs signed at the forum; both figures are given in the summary.",
      },
    ],
  },
  {
    slug: "persimmon-import-requirements-2025-12",
    kind: "other",
    status: "held",
    titleEn: "China publishes import quarantine requirements for fresh Korean persimmons",
    titleKo: "중국, 한국산 신선 감 수입 검역 요건 공고",
    titleZh: "中国发布韩国鲜柿进口植物检疫要求",
    summaryEn:
      "China's General Administration of Customs issued import quarantine requirements for fresh Korean persimmons on 16 December 2025, following the persimmon MOU signed at the Gyeongju summit; first shipments were expected in 2026 after checks of packing houses. Known only from a low-trust translated trade-press summary.",
    summaryKo:
      "중국 해관총서는 경주 정상회담에서 서명된 감 수출 검역 양해각서에 따라 2025년 12월 16일 한국산 신선 감의 수입 검역 요건을 공고했으며, 선과장 점검을 거쳐 2026년 첫 수출이 예상되었다. 신뢰도 낮은 무역 전문 매체 번역 요약에만 나온다.",
    summaryZh:
      "继庆州首脑会谈期间签署柿子出口检疫谅解备忘录之后，中国海关总署于2025年12月16日发布韩国鲜柿进口检疫要求；预计在包装厂检查后于2026年首次出口。此信息仅见于一篇可信度较低的贸易媒体译文摘要。",
    startOn: { on: "2025-12-16", precision: "day" },
    sector: "food-agriculture-fisheries",
    agreement: "persimmon-export-quarantine-mou-2025",
    participants: ["gacc"],
    translated: ["titleKo", "titleZh", "summaryKo", "summaryZh"],
    citations: [
      cite(
        "sm-tridge-gacc",
        "startOn",
        "1st paragraph",
        "A customs notice of 16 December allows fresh Korean persimmons that meet the requirements; first exports next year (low trust).",
      ),
      cite(
        "sm-newspic-persimmon-title",
        "summaryEn",
        "summary",
        "Minister Song said only the inspection of workplaces remained, taking two to three months; exports from the next harvest.",
      ),
    ],
  },
  {
    slug: "panda-cooperation-talks-2026-01",
    kind: "other",
    status: "held",
    titleEn: "Korea–China talks on giant panda cooperation, Beijing",
    titleKo: "한중 자이언트판다 협력 협의(베이징)",
    titleZh: "中韩大熊猫合作会谈（北京）",
    summaryEn:
      "The day after the Beijing summit, at which the leaders agreed to pursue a giant panda loan at working level, Korea's Ministry of Climate, Energy and Environment began talks on panda cooperation in Beijing with China's National Forestry and Grassland Administration, per World Journal citing Yonhap.",
    summaryKo:
      "양 정상이 자이언트판다 대여를 실무 차원에서 추진하기로 한 베이징 정상회담 다음 날, 한국 기후에너지환경부가 베이징에서 중국 국가임업초원국과 판다 협력 협의를 시작했다(연합뉴스를 인용한 세계일보[미주]).",
    summaryZh:
      "据援引韩联社的《世界日报》，在两国领导人同意于工作层面推进大熊猫租借的北京首脑会谈次日，韩国气候能源环境部在北京与中国国家林业和草原局开始就大熊猫合作进行会谈。",
    startOn: {
      on: "2026-01-06",
      precision: "day",
      inferred: {
        reasoning:
          "World Journal (7 January 2026) places the talks on the day after the 5 January 2026 summit, that is 6 January.",
      },
    },
    placeEn: "Beijing",
    placeKo: "베이징",
    placeZh: "北京",
    timeZone: "Asia/Shanghai",
    sector: "environment-climate",
    participants: ["mcee", "npa-china"],
    translated: ["titleKo", "titleZh", "summaryKo", "summaryZh", "placeKo", "placeZh"],
    citations: [
      cite(
        "nm-bj-worldjournal-outcomes",
        "startOn",
        "paragraph on giant pandas",
        "The leaders agreed to handle a panda loan at working level; Korea's environment ministry began talks with the forestry and grassland administration in Beijing the next day.",
      ),
    ],
  },
];
