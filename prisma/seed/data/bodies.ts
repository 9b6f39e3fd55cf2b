import type { SeedMinistry } from "../../../lib/schemas/seed";

/**
 * Bodies first named by the web research: Korean ministries and agencies (with the
 * renames of October 2025 and January 2026), Chinese ministries and agencies, the two
 * central banks and the two governments (signatories of leaders' joint statements).
 *
 * A Korean or Chinese name is cited as official only where a source in that language
 * shows it; otherwise it is the tracker's own rendering, listed in `translated`.
 * Traditional-script forms seen in Chinese-language sources are not copied: the
 * simplified rendering is the tracker's and is marked translated.
 */
export const bodies: SeedMinistry[] = [
  // ---------------------------------------------------------------- Korea: ministries
  {
    slug: "motie",
    side: "KR",
    kind: "ministry",
    nameEn: "Ministry of Trade, Industry and Energy",
    nameKo: "산업통상자원부",
    nameZh: "韩国产业通商资源部",
    endedOn: { on: "2025-09", precision: "month" },
    summaryEn:
      "Korea's trade, industry and energy ministry until the government reorganisation of 1 October 2025, when it lost most energy functions to the new Ministry of Climate, Energy and Environment and was renamed the Ministry of Trade, Industry and Resources.",
    summaryKo:
      "2025년 10월 1일 정부조직 개편 전까지의 한국 산업·통상·에너지 담당 부처. 개편으로 에너지 기능 대부분이 새로 출범한 기후에너지환경부로 넘어갔고, 부처 명칭은 산업통상부로 바뀌었다.",
    summaryZh:
      "2025年10月1日政府机构改组前韩国主管产业、通商和能源的部门。改组后其大部分能源职能移交新成立的气候能源环境部，部门更名为产业通商部。",
    translated: ["summaryKo", "summaryZh"],
    aliases: ["산업부"],
    citations: [
      {
        source: "nm-donga-motir-reorg",
        field: "nameKo",
        locator: "2nd paragraph, predecessor name",
        paraphrase: "Gives the Korean name 산업통상자원부 as the former name of the trade and industry ministry.",
      },
      {
        source: "nm-sdcri-motie-zh",
        field: "nameZh",
        locator: "headline",
        paraphrase:
          "Gives the Chinese name 韩国产业通商资源部 for the ministry of trade negotiator Cheong In-kyo (2024).",
      },
      {
        source: "nm-chosunbiz-en-reorg-plan",
        locator: "paragraph on resources and nuclear exports",
        paraphrase:
          "The government's plan of 7 September 2025 moves energy policy to the new climate and environment ministry and renames the trade, industry and energy ministry.",
        note: "The page writes the name in full and gives no abbreviation, so no abbreviation is recorded.",
      },
      {
        source: "nm-trenue-motir-day1",
        field: "endedOn",
        locator: "headline and 1st sentences",
        paraphrase:
          "Reports that the renamed ministry (산업통상부) put up its new signboard and began work on the 1st; the page gives no month or year.",
        note: "Only this low-trust aggregator gives the day of the rename; the month (and so the end of the old name in September 2025) is inferred from the launch of the climate ministry on 1 October 2025.",
      },
    ],
  },
  {
    slug: "mss-korea",
    side: "KR",
    kind: "ministry",
    nameEn: "Ministry of SMEs and Startups",
    nameKo: "중소벤처기업부",
    nameZh: "韩国中小风险企业部",
    abbreviation: "MSS",
    translated: ["nameZh"],
    aliases: ["중기부"],
    citations: [
      {
        source: "nm-ajunews-mss-2026",
        field: "nameKo",
        locator: "1st paragraph",
        paraphrase:
          "Gives the Korean name 중소벤처기업부; the ministry signed an SME and innovation MOU with China's MIIT on 5 January 2026.",
      },
      {
        source: "nm-bj-asiae-mss",
        locator: "2nd paragraph",
        paraphrase:
          "The ministry concluded its MOU with China's industry and IT ministry in the two leaders' presence.",
      },
    ],
  },
  {
    slug: "mfds",
    side: "KR",
    kind: "ministry",
    nameEn: "Ministry of Food and Drug Safety",
    nameKo: "식품의약품안전처",
    nameZh: "韩国食品医药安全处",
    abbreviation: "MFDS",
    aliases: ["식약처"],
    citations: [
      {
        source: "nm-ajunews-mfds-2026",
        field: "nameKo",
        locator: "1st paragraph",
        paraphrase:
          "Gives the Korean name 식품의약품안전처; it signed two MOUs (food safety, wild aquatic products) with China's customs administration on 5 January 2026.",
      },
      {
        source: "nm-techfood-mfds-zh",
        field: "nameZh",
        locator: "1st paragraph (2013 repost of Yonhap Chinese)",
        paraphrase: "A 2013 Chinese-language repost of Yonhap names the body 韩国食品医药安全处.",
      },
    ],
  },
  {
    slug: "molit",
    side: "KR",
    kind: "ministry",
    nameEn: "Ministry of Land, Infrastructure and Transport",
    nameKo: "국토교통부",
    nameZh: "大韩民国国土交通部",
    abbreviation: "MOLIT",
    citations: [
      {
        source: "nm-molit-roads-2018",
        field: "nameKo",
        locator: "1st paragraph",
        paraphrase: "The ministry's own 2018 release on road cooperation with China gives its Korean name 국토교통부.",
      },
      {
        source: "nm-chinaiut-molit",
        field: "nameZh",
        locator: "1st paragraph, MOU title (low-trust repost)",
        paraphrase:
          "A Chinese repost of a Ministry of Transport item writes the ministry as 大韩民国国土交通部 in an MOU title.",
      },
    ],
  },
  {
    slug: "kipo",
    side: "KR",
    kind: "agency",
    nameEn: "Korean Intellectual Property Office",
    nameKo: "특허청",
    nameZh: "韩国特许厅",
    abbreviation: "KIPO",
    endedOn: { on: "2025-09", precision: "month" },
    citations: [
      {
        source: "nm-donga-kipo-launch",
        field: "nameKo",
        locator: "1st paragraph",
        paraphrase:
          "Names the office 특허청, opened in 1977, and reports its elevation to a ministry on 1 October 2025.",
      },
      {
        source: "nm-donga-kipo-launch",
        field: "endedOn",
        locator: "1st paragraph, launch date",
        paraphrase: "The Ministry of Intellectual Property replaced the office on 1 October 2025.",
        note: "The office therefore existed under this name until 30 September 2025.",
      },
      {
        source: "nm-kangxin-cnipa",
        field: "nameZh",
        locator: "1st paragraph (repost of CNIPA item)",
        paraphrase: "A repost of a CNIPA news item names the Korean office 韩国特许厅 (2022 heads' meeting).",
      },
    ],
  },
  {
    slug: "moip",
    side: "KR",
    kind: "ministry",
    nameEn: "Ministry of Intellectual Property",
    nameKo: "지식재산처",
    nameZh: "韩国知识产权处",
    establishedOn: { on: "2025-10-01", precision: "day" },
    predecessor: "kipo",
    summaryEn:
      "Korea's intellectual property body under the Prime Minister, launched on 1 October 2025 in place of the Korean Intellectual Property Office. Its head signed IP cooperation MOUs with China's CNIPA on 5 January 2026. No primary source found gives its English name; this one is the tracker's choice.",
    summaryKo:
      "2025년 10월 1일 특허청을 대신해 출범한 국무총리 소속 지식재산 전담 기관. 2026년 1월 5일 처장이 중국 국가지식재산국과 지식재산 협력 양해각서에 서명했다. 영문 명칭을 밝힌 1차 자료는 찾지 못해 트래커가 정한 명칭을 쓴다.",
    summaryZh:
      "韩国国务总理直属的知识产权机构，于2025年10月1日取代韩国特许厅成立。2026年1月5日其负责人与中国国家知识产权局签署知识产权合作谅解备忘录。未找到给出其英文名称的一手资料，此处英文名为本追踪平台所选。",
    translated: ["nameZh", "summaryKo", "summaryZh"],
    aliases: ["Intellectual Property Office", "지재처"],
    citations: [
      {
        source: "nm-donga-kipo-launch",
        field: "nameKo",
        locator: "1st paragraph",
        paraphrase: "Gives the Korean name 지식재산처 of the new body.",
      },
      {
        source: "nm-donga-kipo-launch",
        field: "establishedOn",
        locator: "1st paragraph",
        paraphrase: "The body was launched on 1 October 2025, 48 years after the patent office opened in 1977.",
      },
      {
        source: "nm-donga-kipo-launch",
        field: "predecessor",
        locator: "1st paragraph",
        paraphrase: "The new body took the place of the Korean Intellectual Property Office (특허청).",
      },
      {
        source: "nm-sbs-15-docs",
        locator: "photo caption",
        paraphrase: "Its head Kim Yong-sun and CNIPA's Shen Changyu signed the IP MOUs on 5 January 2026.",
      },
    ],
  },
  {
    slug: "mohw",
    side: "KR",
    kind: "ministry",
    nameEn: "Ministry of Health and Welfare",
    nameKo: "보건복지부",
    nameZh: "韩国保健福祉部",
    abbreviation: "MOHW",
    translated: ["nameZh"],
    citations: [
      {
        source: "nm-christiandaily-mohw",
        field: "nameKo",
        locator: "1st paragraph",
        paraphrase: "Gives the Korean name 보건복지부.",
      },
    ],
  },
  {
    slug: "mosf",
    side: "KR",
    kind: "ministry",
    nameEn: "Ministry of Economy and Finance",
    nameKo: "기획재정부",
    nameZh: "韩国企划财政部",
    abbreviation: "MOEF",
    endedOn: { on: "2026-01", precision: "month" },
    summaryEn:
      "Korea's economy and finance ministry, counterpart of China's NDRC in the Korea–China Economic Ministers' Meeting. On 2 January 2026 it was split into the Ministry of Finance and Economy (재정경제부) and a planning and budget office under the Prime Minister.",
    summaryKo:
      "한국의 경제·재정 담당 부처로, 한중 경제장관회의에서 중국 국가발전개혁위원회의 상대 기관이었다. 2026년 1월 2일 재정경제부와 국무총리 소속 기획예산처로 나뉘었다.",
    summaryZh:
      "韩国主管经济与财政的部门，在中韩经济部长会议中与中国国家发展改革委对口。2026年1月2日拆分为财政经济部和国务总理直属的企划预算处。",
    translated: ["summaryKo", "summaryZh"],
    aliases: ["기재부", "MOSF"],
    citations: [
      {
        source: "nm-wowtv-ndrc-ko",
        field: "nameKo",
        locator: "2nd paragraph",
        paraphrase: "Gives the Korean name 기획재정부 in describing its ministerial meeting with the NDRC.",
      },
      {
        source: "nm-ajunews-zh-mofe",
        field: "nameZh",
        locator: "1st paragraph",
        paraphrase: "The Chinese edition of Aju names the ministry 韩国企划财政部 (2018).",
      },
      {
        source: "nm-asiae-mofe-split",
        field: "endedOn",
        locator: "1st paragraph",
        paraphrase:
          "Its two successor bodies, for planning and budget and for finance and economy, each began on 2 January 2026.",
        note: "The ministry therefore ended on 1 January 2026; the month is recorded.",
      },
    ],
  },
  {
    slug: "mofe",
    side: "KR",
    kind: "ministry",
    nameEn: "Ministry of Finance and Economy",
    nameKo: "재정경제부",
    nameZh: "韩国财政经济部",
    establishedOn: { on: "2026-01-02", precision: "day" },
    predecessor: "mosf",
    summaryEn:
      "Korean ministry for economic policy, tax and foreign exchange, launched on 2 January 2026 when the Ministry of Economy and Finance was split. No primary source found gives its English name; this rendering is the tracker's.",
    summaryKo:
      "2026년 1월 2일 기획재정부가 나뉘면서 출범한 한국의 경제정책·세제·외환 담당 부처. 영문 명칭을 밝힌 1차 자료는 찾지 못해 트래커가 옮긴 명칭을 쓴다.",
    summaryZh:
      "2026年1月2日企划财政部拆分后成立的韩国经济政策、税制和外汇主管部门。未找到给出其英文名称的一手资料，此处英文名为本追踪平台的译名。",
    translated: ["nameZh", "summaryKo", "summaryZh"],
    aliases: ["재경부"],
    citations: [
      {
        source: "nm-taxtimes-mofe",
        field: "nameKo",
        locator: "headline area and 2nd paragraph",
        paraphrase: "Reports the launch ceremony of 재정경제부 and names it so.",
      },
      {
        source: "nm-asiae-mofe-split",
        field: "establishedOn",
        locator: "1st paragraph",
        paraphrase: "The finance and economy ministry and the planning and budget office each began on 2 January 2026.",
      },
      {
        source: "nm-taxtimes-mofe",
        field: "predecessor",
        locator: "1st–3rd paragraphs",
        paraphrase:
          "Describes how the functions of the former economy and finance ministry were divided between the two new bodies.",
      },
    ],
  },
  {
    slug: "mafra",
    side: "KR",
    kind: "ministry",
    nameEn: "Ministry of Agriculture, Food and Rural Affairs",
    nameKo: "농림축산식품부",
    nameZh: "韩国农林畜产食品部",
    abbreviation: "MAFRA",
    translated: ["nameZh"],
    aliases: ["농식품부"],
    citations: [
      {
        source: "nm-gy-heraldcorp-persimmon",
        field: "nameKo",
        locator: "2nd paragraph",
        paraphrase:
          "Gives the Korean name 농림축산식품부; the ministry announced the persimmon quarantine MOU with China (November 2025).",
      },
    ],
  },
  {
    slug: "mof-korea",
    side: "KR",
    kind: "ministry",
    nameEn: "Ministry of Oceans and Fisheries",
    nameKo: "해양수산부",
    nameZh: "韩国海洋水产部",
    abbreviation: "MOF",
    translated: ["nameZh"],
    aliases: ["해수부"],
    citations: [
      {
        source: "nm-bj-nocut-seafood",
        field: "nameKo",
        locator: "2nd paragraph",
        paraphrase:
          "Gives the Korean name 해양수산부; the ministry announced that chilled fish exports to China were opened (January 2026).",
      },
      {
        source: "nm-bj-khan-zum",
        locator: "paragraph on wild seafood",
        paraphrase:
          "Says the food and drug ministry and this ministry concluded the wild seafood MOU with China's customs administration.",
      },
    ],
  },
  {
    slug: "mofa-korea",
    side: "KR",
    kind: "ministry",
    nameEn: "Ministry of Foreign Affairs",
    nameKo: "외교부",
    nameZh: "韩国外交部",
    abbreviation: "MOFA",
    translated: ["nameZh"],
    citations: [
      {
        source: "nm-gy-wowtv-mou-list",
        field: "nameKo",
        locator: "3rd paragraph, attendees",
        paraphrase: "Lists the Korean foreign ministry (외교부) among those at the November 2025 signings.",
      },
      {
        source: "nm-gy-newspub-news1-signers",
        locator: "4th paragraph",
        paraphrase: "Says the foreign minister signed the 2026–2030 joint plan MOU (low-trust repost).",
      },
    ],
  },
  {
    slug: "mnd-korea",
    side: "KR",
    kind: "ministry",
    nameEn: "Ministry of National Defense",
    nameKo: "국방부",
    nameZh: "韩国国防部",
    translated: ["nameZh"],
    citations: [
      {
        source: "nm-ea-segye-hotline-2014",
        field: "nameKo",
        locator: "headline",
        paraphrase:
          "Reports the MOU on a direct telephone line between the two countries' defence ministries (국방부), July 2014.",
      },
    ],
  },
  // ---------------------------------------------------------------- Korea: agencies and other bodies
  {
    slug: "kcs",
    side: "KR",
    kind: "agency",
    nameEn: "Korea Customs Service",
    nameKo: "관세청",
    nameZh: "韩国关税厅",
    abbreviation: "KCS",
    translated: ["nameZh"],
    citations: [
      {
        source: "nm-bj-herald-kcs",
        field: "nameKo",
        locator: "1st paragraph",
        paraphrase:
          "Gives the Korean name 관세청; it signed a border IP protection MOU with China's customs administration (January 2026).",
      },
    ],
  },
  {
    slug: "knpa",
    side: "KR",
    kind: "agency",
    nameEn: "Korean National Police Agency",
    nameKo: "경찰청",
    nameZh: "韩国警察厅",
    abbreviation: "KNPA",
    translated: ["nameZh"],
    citations: [
      {
        source: "nm-gy-news1-police",
        field: "nameKo",
        locator: "3rd paragraph",
        paraphrase:
          "Gives the Korean name 경찰청; it signed an anti-scam MOU with China's Ministry of Public Security (November 2025).",
      },
    ],
  },
  {
    slug: "knps",
    side: "KR",
    kind: "agency",
    nameEn: "Korea National Park Service",
    nameKo: "국립공원공단",
    nameZh: "韩国国立公园公团",
    abbreviation: "KNPS",
    translated: ["nameZh"],
    citations: [
      {
        source: "nm-bj-zdnet-knps",
        field: "nameKo",
        locator: "1st paragraph",
        paraphrase:
          "Gives the Korean name 국립공원공단; it signed a national park management MOU with China's National Park Administration.",
      },
    ],
  },
  {
    slug: "nmk",
    side: "KR",
    kind: "organisation",
    nameEn: "National Museum of Korea",
    nameKo: "국립중앙박물관",
    nameZh: "韩国国立中央博物馆",
    abbreviation: "NMK",
    citations: [
      {
        source: "nm-bj-seoul-lions",
        field: "nameKo",
        locator: "2nd paragraph",
        paraphrase:
          "Gives the Korean name 국립중앙박물관; the museum signed the stone-lion donation document at the Kansong Art Museum's request.",
      },
      {
        source: "nm-bj-netease-lions",
        field: "nameZh",
        locator: "1st paragraph",
        paraphrase: "A Chinese self-media article names the museum 韩国国立中央博物馆 (low trust).",
      },
    ],
  },
  {
    slug: "bok",
    side: "KR",
    kind: "central_bank",
    nameEn: "Bank of Korea",
    nameKo: "한국은행",
    nameZh: "韩国银行",
    abbreviation: "BOK",
    citations: [
      {
        source: "nm-ea-bok-swap-2020",
        field: "nameEn",
        locator: "body",
        paraphrase:
          "The central bank's own release on renewing the won–yuan currency swap with the People's Bank of China (2020).",
      },
      {
        source: "nm-ea-hk-swap-2008",
        field: "nameKo",
        locator: "1st paragraph",
        paraphrase: "Gives the Korean name 한국은행 in reporting the 2008 swap with the People's Bank of China.",
      },
      {
        source: "nm-ea-cnstock-swap-2011",
        field: "nameZh",
        locator: "1st paragraph",
        paraphrase: "Gives the Chinese name 韩国银行 in reporting the 2011 renewal of the swap.",
      },
    ],
  },
  {
    slug: "government-korea",
    side: "KR",
    kind: "government",
    nameEn: "Government of the Republic of Korea",
    nameKo: "대한민국 정부",
    nameZh: "大韩民国政府",
    summaryEn:
      "The Korean government as a party to government-to-government agreements and to leaders' joint statements and communiqués.",
    summaryKo: "정부 간 협정과 정상 공동성명·공동발표문의 당사자로서의 대한민국 정부.",
    summaryZh: "作为政府间协定及两国领导人联合声明、联合公报当事方的大韩民国政府。",
    translated: ["summaryKo", "summaryZh"],
    aliases: ["ROK", "Republic of Korea", "South Korea"],
    citations: [
      {
        source: "nm-ea-worldjpn-env-1993",
        field: "nameEn",
        locator: "page title",
        paraphrase:
          "The 1993 environmental agreement's English title names the Government of the Republic of Korea as a party.",
      },
      {
        source: "nm-ea-archives-fish",
        field: "nameKo",
        locator: "'근거' line at top of subject description",
        paraphrase: "The fisheries agreement's Korean title names 대한민국 정부 as a party.",
      },
      {
        source: "nm-ea-mofcom-kr-fish",
        field: "nameZh",
        locator: "page heading of the bilateral agreements entry",
        paraphrase: "The fisheries agreement's Chinese title names 大韩民国政府 as a party.",
      },
    ],
  },
  // ---------------------------------------------------------------- China
  {
    slug: "ndrc",
    side: "CN",
    kind: "ministry",
    nameEn: "National Development and Reform Commission",
    nameKo: "국가발전개혁위원회",
    nameZh: "国家发展改革委",
    abbreviation: "NDRC",
    aliases: ["발개위"],
    citations: [
      {
        source: "nm-wowtv-ndrc-ko",
        field: "nameKo",
        locator: "2nd paragraph",
        paraphrase:
          "Gives the Korean name 국가발전개혁위원회 for Korea's finance ministry's counterpart in the economic ministers' meeting.",
      },
      {
        source: "nm-shifen-ndrc",
        field: "nameZh",
        locator: "1st paragraph (short form, low-trust repost)",
        paraphrase:
          "A repost of an NDRC item uses the short official form 国家发展改革委 (2022); the full form is not shown.",
      },
    ],
  },
  {
    slug: "gacc",
    side: "CN",
    kind: "agency",
    nameEn: "General Administration of Customs",
    nameKo: "해관총서",
    nameZh: "海关总署",
    abbreviation: "GACC",
    citations: [
      {
        source: "nm-sbs-15-docs",
        field: "nameKo",
        locator: "photo caption",
        paraphrase:
          "Gives the Korean rendering 해관총서 for China's customs administration at the 5 January 2026 signings.",
      },
      {
        source: "nm-chinaiut-molit",
        field: "nameZh",
        locator: "1st paragraph (low-trust repost)",
        paraphrase: "Gives the Chinese name 海关总署.",
      },
    ],
  },
  {
    slug: "cnipa",
    side: "CN",
    kind: "agency",
    nameEn: "China National Intellectual Property Administration",
    nameKo: "국가지식재산국",
    nameZh: "国家知识产权局",
    abbreviation: "CNIPA",
    citations: [
      {
        source: "nm-sbs-15-docs",
        field: "nameKo",
        locator: "photo caption",
        paraphrase:
          "Gives the Korean rendering 국가지식재산국; its head Shen Changyu signed the IP MOUs on 5 January 2026.",
      },
      {
        source: "nm-kangxin-cnipa",
        field: "nameZh",
        locator: "1st paragraph (low-trust repost)",
        paraphrase: "A repost of a CNIPA item gives the Chinese name 国家知识产权局.",
      },
    ],
  },
  {
    slug: "mot-china",
    side: "CN",
    kind: "ministry",
    nameEn: "Ministry of Transport",
    nameKo: "교통운수부",
    nameZh: "交通运输部",
    abbreviation: "MOT",
    aliases: ["교통운송부"],
    citations: [
      {
        source: "nm-tcs-transport",
        field: "nameKo",
        locator: "1st paragraph",
        paraphrase: "The Trilateral Cooperation Secretariat's Korean page names China's ministry 교통운수부.",
      },
      {
        source: "nm-chinaiut-molit",
        field: "nameZh",
        locator: "1st paragraph (low-trust repost)",
        paraphrase: "Gives the Chinese name 交通运输部.",
      },
      {
        source: "nm-molit-roads-2018",
        field: "aliases",
        locator: "2nd paragraph",
        paraphrase: "Korea's transport ministry renders the Chinese ministry as 교통운송부 in its 2018 release.",
      },
    ],
  },
  {
    slug: "cac",
    side: "CN",
    kind: "agency",
    nameEn: "Cyberspace Administration of China",
    nameKo: "중국 인터넷 판공실",
    nameZh: "国家互联网信息办公室",
    abbreviation: "CAC",
    translated: ["nameZh"],
    citations: [
      {
        source: "nm-korea-kr-pipc-cac",
        field: "nameKo",
        locator: "sub-headline and 1st paragraph",
        paraphrase:
          "Korea's personal information commission calls its new Chinese counterpart 중국 인터넷 판공실, a State Council body.",
      },
    ],
  },
  {
    slug: "mca",
    side: "CN",
    kind: "ministry",
    nameEn: "Ministry of Civil Affairs",
    nameKo: "민정부",
    nameZh: "民政部",
    abbreviation: "MCA",
    translated: ["nameZh"],
    citations: [
      {
        source: "nm-dok-mca",
        field: "nameKo",
        locator: "1st paragraph (low-trust repost of KIHASA article)",
        paraphrase: "A Korean research article on China's child policy names the ministry 민정부.",
      },
    ],
  },
  {
    slug: "mps-china",
    side: "CN",
    kind: "ministry",
    nameEn: "Ministry of Public Security",
    nameKo: "공안부",
    nameZh: "公安部",
    abbreviation: "MPS",
    translated: ["nameZh"],
    citations: [
      {
        source: "nm-gy-news1-police",
        field: "nameKo",
        locator: "3rd paragraph",
        paraphrase: "Gives the Korean name 공안부 for the Chinese party to the anti-scam police MOU (November 2025).",
      },
      {
        source: "nm-gy-sbs-mou",
        locator: "4th paragraph",
        paraphrase: "Korea's police agency and China's Ministry of Public Security exchanged the anti-fraud MOU.",
      },
    ],
  },
  {
    slug: "mofa-china",
    side: "CN",
    kind: "ministry",
    nameEn: "Ministry of Foreign Affairs",
    nameKo: "중국 외교부",
    nameZh: "中华人民共和国外交部",
    translated: ["nameKo", "nameZh"],
    aliases: ["外交部"],
    citations: [
      {
        source: "nm-ea-mfa-2008-05",
        field: "nameEn",
        locator: "site publisher",
        paraphrase:
          "The ministry publishes the texts of China–ROK joint statements on its own English site (here, May 2008).",
      },
    ],
  },
  {
    slug: "mnd-china",
    side: "CN",
    kind: "ministry",
    nameEn: "Ministry of National Defense",
    nameKo: "중국 국방부",
    nameZh: "国防部",
    translated: ["nameKo", "nameZh"],
    citations: [
      {
        source: "nm-ea-segye-hotline-2014",
        locator: "headline",
        paraphrase: "Reports the July 2014 MOU on a direct line between the Korean and Chinese defence ministries.",
      },
      {
        source: "nm-ea-voa-hotline-2015",
        locator: "1st and 4th paragraphs",
        paraphrase: "The hotline opened with a first call between defence ministers Han Min-koo and Chang Wanquan.",
      },
    ],
  },
  {
    slug: "pboc",
    side: "CN",
    kind: "central_bank",
    nameEn: "People's Bank of China",
    nameKo: "중국 인민은행",
    nameZh: "中国人民银行",
    abbreviation: "PBOC",
    aliases: ["인민은행", "央行"],
    citations: [
      {
        source: "nm-ea-bok-swap-2020",
        field: "nameEn",
        locator: "body",
        paraphrase: "The Bank of Korea names the People's Bank of China as its swap counterpart (2020).",
      },
      {
        source: "nm-ea-hk-swap-2008",
        field: "nameKo",
        locator: "1st paragraph",
        paraphrase: "Gives the Korean name 중국 인민은행 in reporting the 2008 swap.",
      },
      {
        source: "nm-ea-cnstock-swap-2011",
        field: "nameZh",
        locator: "1st paragraph",
        paraphrase: "Gives the Chinese name 中国人民银行 in reporting the 2011 renewal.",
      },
    ],
  },
  {
    slug: "ncha-china",
    side: "CN",
    kind: "agency",
    nameEn: "National Cultural Heritage Administration",
    nameKo: "중국 국가문물국",
    nameZh: "国家文物局",
    abbreviation: "NCHA",
    citations: [
      {
        source: "nm-bj-seoul-lions",
        field: "nameKo",
        locator: "2nd paragraph",
        paraphrase: "Gives the Korean rendering 중국 국가문물국 for the body receiving the stone lions.",
      },
      {
        source: "nm-bj-netease-lions",
        field: "nameZh",
        locator: "1st paragraph",
        paraphrase: "A Chinese self-media article names it 国家文物局 (low trust).",
      },
      {
        source: "nm-bj-sedaily-lions",
        locator: "photo caption",
        paraphrase: "Its head Rao Quan signed the donation certificate (Yonhap caption).",
      },
    ],
  },
  {
    slug: "npa-china",
    side: "CN",
    kind: "agency",
    nameEn: "National Park Administration",
    nameKo: "중국 국가공원관리국",
    nameZh: "国家公园管理局",
    summaryEn:
      "China's National Park Administration, whose head Liu Guohong signed a national park management MOU with the Korea National Park Service on 5 January 2026. The National Forestry and Grassland Administration, with which Korea's climate and environment ministry opened giant-panda talks in Beijing the next day, is recorded here as an alias; the sources do not describe how the two names relate.",
    summaryKo:
      "중국 국가공원관리국. 2026년 1월 5일 류궈훙 국장이 한국 국립공원공단과 국립공원 관리 협력 양해각서에 서명했다. 다음 날 한국 기후에너지환경부가 베이징에서 판다 협력 협의를 시작한 국가임업초원국은 이 기관의 별칭으로 기록했으며, 두 명칭의 관계는 자료에 나오지 않는다.",
    summaryZh:
      "中国国家公园管理局，其局长刘国洪于2026年1月5日与韩国国立公园公团签署国家公园管理合作谅解备忘录。次日韩国气候能源环境部在北京与之开始大熊猫合作商谈的国家林业和草原局在此记为别称；资料未说明两个名称之间的关系。",
    translated: ["nameZh", "summaryKo", "summaryZh"],
    aliases: ["National Forestry and Grassland Administration", "NFGA", "国家林草局"],
    citations: [
      {
        source: "nm-bj-zdnet-knps",
        field: "nameKo",
        locator: "1st paragraph",
        paraphrase: "Gives the Korean rendering 중국 국가공원관리국 for the Korea National Park Service's counterpart.",
      },
      {
        source: "nm-bj-zdnet-knps",
        field: "summaryEn",
        locator: "photo caption",
        paraphrase:
          "The park service's chair Joo Dae-young and the administration's head Liu Guohong shook hands after signing.",
      },
      {
        source: "nm-bj-worldjournal-outcomes",
        field: "aliases",
        locator: "paragraph on giant pandas",
        paraphrase:
          "Korea's environment ministry began panda cooperation talks with the forestry and grassland administration (國家林草局) in Beijing the day after the summit.",
      },
    ],
  },
  {
    slug: "government-china",
    side: "CN",
    kind: "government",
    nameEn: "Government of the People's Republic of China",
    nameKo: "중화인민공화국 정부",
    nameZh: "中华人民共和国政府",
    summaryEn:
      "The Chinese government as a party to government-to-government agreements and to leaders' joint statements and communiqués.",
    summaryKo: "정부 간 협정과 정상 공동성명·공동발표문의 당사자로서의 중화인민공화국 정부.",
    summaryZh: "作为政府间协定及两国领导人联合声明、联合公报当事方的中华人民共和国政府。",
    translated: ["summaryKo", "summaryZh"],
    aliases: ["PRC", "People's Republic of China", "China"],
    citations: [
      {
        source: "nm-ea-worldjpn-env-1993",
        field: "nameEn",
        locator: "page title",
        paraphrase:
          "The 1993 environmental agreement's English title names the Government of the People's Republic of China as a party.",
      },
      {
        source: "nm-ea-archives-fish",
        field: "nameKo",
        locator: "'근거' line at top of subject description",
        paraphrase: "The fisheries agreement's Korean title names 중화인민공화국 정부 as a party.",
      },
      {
        source: "nm-ea-mofcom-kr-fish",
        field: "nameZh",
        locator: "page heading of the bilateral agreements entry",
        paraphrase: "The fisheries agreement's Chinese title names 中华人民共和国政府 as a party.",
      },
    ],
  },
];
