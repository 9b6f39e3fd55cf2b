import type { SeedMinistry } from "../../../lib/schemas/seed";
import { S000, S001, S002, S003, S004 } from "./source-files";

/**
 * Ministries and other bodies, both sides (more in bodies.ts). English names are the
 * names the sources use. A Korean or Chinese name is cited as official where a web
 * source in that language shows it; the others, and all Korean and Chinese
 * summaries, are the tracker's own translations (listed in `translated`).
 * Abbreviations are those the names research records for each body.
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
    nameKo: "환경부",
    nameZh: "韩国环境部",
    endedOn: { on: "2025-09", precision: "month" },
    summaryEn:
      "Korea's Ministry of Environment, as its December 2023 press release names it; its minister then was Han Wha-jin. Its signboard came down on 30 September 2025: on 1 October 2025 it became the Ministry of Climate, Energy and Environment, which also took over most energy functions of the trade and industry ministry (per Korean reporting of the launch).",
    summaryKo:
      "2023년 12월 환경부 보도자료에 표기된 명칭의 한국 환경부. 당시 장관은 한화진이었다. 2025년 9월 30일 현판을 내렸고, 2025년 10월 1일 기후에너지환경부로 바뀌었으며, 새 부처는 산업통상 부처의 에너지 기능 대부분도 넘겨받았다(출범 관련 국내 보도).",
    summaryZh:
      "韩国环境部（名称依其2023年12月新闻稿）；时任长官为韩和真。2025年9月30日更换门牌，2025年10月1日改组为气候能源环境部，新部门还接管了产业通商部门的大部分能源职能（据韩国媒体对成立的报道）。",
    translated: ["summaryKo", "summaryZh"],
    citations: [
      { source: S003, quote: "the Ministry of Environment (Minister Han Wha-jin)", field: "nameEn" },
      {
        source: "nm-ohmynews-mcee-launch",
        field: "nameKo",
        locator: "photo caption, old ministry name",
        paraphrase: "Shows the signboard with the old Korean name 환경부 being replaced by that of 기후에너지환경부.",
      },
      {
        source: "nm-kbs-zh-2018",
        field: "nameZh",
        locator: "2nd paragraph",
        paraphrase: "KBS World's Chinese service writes the ministry's name as 韩国环境部 (January 2018).",
      },
      {
        source: "nm-news1-mcee-signboard",
        field: "endedOn",
        locator: "photo caption",
        paraphrase:
          "The ministry's signboard was changed on 30 September 2025 for the new ministry launching on 1 October.",
        note: "The Ministry of Environment therefore existed under that name until 30 September 2025.",
      },
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
    nameKo: "기후에너지환경부",
    nameZh: "韩国气候能源环境部",
    abbreviation: "MCEE",
    // Stated by Korean reporting of the launch; the MCEE's own release of 29 May 2026
    // gives the month ("October last year").
    establishedOn: { on: "2025-10-01", precision: "day" },
    predecessor: "moe-korea",
    summaryEn:
      "Korea's Ministry of Climate, Energy and Environment, launched on 1 October 2025 when the Cabinet's organisation decree of 30 September took effect: the Ministry of Environment, expanded and renamed, taking over most energy functions of the trade and industry ministry. Its minister Kim Sung-whan signed the January 2026 environment and climate MOU with China's Ministry of Ecology and Environment; it runs the Clear Sky Plan's green-industry delegation programme.",
    summaryKo:
      "2025년 9월 30일 국무회의를 통과한 직제가 시행되면서 2025년 10월 1일 출범한 한국 기후에너지환경부. 환경부가 확대·개편되어 산업통상 부처의 에너지 기능 대부분을 넘겨받았다. 김성환 장관이 2026년 1월 중국 생태환경부와 환경 및 기후 협력 양해각서에 서명했으며, 청천 계획의 녹색산업 사절단 프로그램을 운영한다.",
    summaryZh:
      "韩国气候能源环境部，于2025年10月1日随9月30日内阁会议通过的机构设置令生效而成立：由环境部扩编并更名而来，并接管了产业通商部门的大部分能源职能。该部长官金星焕于2026年1月与中国生态环境部签署环境与气候合作谅解备忘录；该部负责晴天计划的绿色产业代表团项目。",
    translated: ["nameZh", "summaryKo", "summaryZh"],
    aliases: ["기후부"],
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
        source: "nm-ohmynews-mcee-launch",
        field: "establishedOn",
        locator: "body, first sentences",
        paraphrase:
          "The ministry was officially launched on the 1st (October 2025) after the Cabinet adopted its organisation decree on the 30th.",
      },
      {
        source: "nm-newspim-mcee-launch",
        field: "establishedOn",
        locator: "lead paragraph",
        paraphrase: "Reports the launch on 1 October 2025 under minister Kim Sung-whan, with a ceremony in Sejong.",
      },
      {
        source: "nm-news1-mcee-signboard",
        field: "establishedOn",
        locator: "photo caption",
        paraphrase: "The signboard was changed on 30 September for the ministry that launches on 1 October.",
      },
      {
        source: "nm-ohmynews-mcee-launch",
        field: "nameKo",
        locator: "body, 1st sentence after captions",
        paraphrase: "Gives the Korean name 기후에너지환경부.",
      },
      {
        source: "nm-ohmynews-mcee-launch",
        field: "predecessor",
        locator: "photo caption",
        paraphrase: "The Ministry of Environment's signboard (환경부) was replaced by that of the new ministry.",
      },
      {
        source: "nm-me-en-mou-2026",
        field: "abbreviation",
        locator: "2nd paragraph",
        paraphrase: "The ministry calls itself MCEE in its English release on the January 2026 MOU.",
      },
      {
        source: S004,
        quote:
          "following the launch of the MCEE in October last year, this year's program expands the scope of cooperation beyond traditional environmental sectors",
        field: "predecessor",
        note: "The Clear Sky Plan programme that the Ministry of Environment ran in 2023 (per its December 2023 press release) continues under the MCEE since its launch; Korean reporting of the launch states the succession outright (see the OhmyNews citation).",
      },
      { source: S000, quote: "South Korea’s Climate, Energy and Environment Ministry" },
      { source: S002, quote: "The South Korean Ministry of Climate, Energy, and Environment" },
    ],
  },
  {
    slug: "industry-ministry-korea",
    side: "KR",
    kind: "ministry",
    // The name since the reorganisation of 1 October 2025 (before: motie, bodies.ts).
    // The source documents call it only "Industry Ministry" / "Ministry of Industry".
    nameEn: "Ministry of Trade, Industry and Resources",
    nameKo: "산업통상부",
    nameZh: "韩国产业通商部",
    abbreviation: "MOTIR",
    establishedOn: {
      on: "2025-10-01",
      precision: "day",
      inferred: {
        reasoning:
          "An aggregator gives only the 1st as the first day under the new name; month and year come from the reorganisation that launched the climate ministry on 1 October 2025.",
      },
    },
    predecessor: "motie",
    summaryEn:
      "Korea's trade and industry ministry under the name it has carried since the reorganisation of 1 October 2025, when the Ministry of Trade, Industry and Energy (MOTIE) handed most energy functions to the new climate and environment ministry. The news texts call it the “Industry Ministry”. Its minister Kim Jung-kwan signed the January 2026 MOUs with China's Ministry of Commerce on a commerce cooperation dialogue and on industrial complexes. Only a low-trust aggregator gives the day of the rename.",
    summaryKo:
      "2025년 10월 1일 정부조직 개편으로 산업통상자원부(MOTIE)가 에너지 기능 대부분을 새 기후에너지환경부로 넘긴 뒤의 한국 산업·통상 담당 부처. 뉴스 기사에서는 “Industry Ministry”(산업부)로 불린다. 김정관 장관이 2026년 1월 중국 상무부와 상무 협력 대화 채널 신설 및 산업단지 협력에 관한 양해각서에 서명했다. 명칭 변경일은 신뢰도 낮은 애그리게이터만 전한다.",
    summaryZh:
      "韩国主管产业和通商的部门，2025年10月1日政府改组后使用现名：原产业通商资源部（MOTIE）将大部分能源职能移交新成立的气候能源环境部。新闻报道称之为“Industry Ministry”（产业部）。该部长官金正官于2026年1月与中国商务部签署关于建立经贸合作对话机制和产业园合作的谅解备忘录。只有一个可信度低的聚合网站给出更名的具体日期。",
    translated: ["nameZh", "summaryKo", "summaryZh"],
    aliases: ["MOTIE", "Industry Ministry", "Ministry of Industry", "산업부", "산업통상자원부"],
    citations: [
      {
        source: S000,
        quote: "South Korea’s Industry Ministry signed an MOU with China’s Ministry of Commerce",
        field: "aliases",
      },
      {
        source: S001,
        quote: "South Korea’s Industry Ministry announced a new partnership with China’s Ministry of Commerce",
        field: "aliases",
      },
      {
        source: S002,
        quote: "South Korea’s Ministry of Industry signed another MOU with China’s Ministry of Commerce",
        field: "aliases",
        note: "The same ministry under another informal name, in a low-trust repost.",
      },
      {
        source: "nm-motir-en-listing",
        field: "nameEn",
        locator: "listing item 1st sentence",
        paraphrase: "The ministry's own English site styles it the Ministry of Trade, Industry, and Resources.",
        note: "This item (19 November 2025) uses a serial comma; other items on the same site write it without, as we do.",
      },
      {
        source: "nm-motir-en-listing",
        field: "abbreviation",
        locator: "listing item 1st sentence",
        paraphrase: "The same listing gives the acronym MOTIR.",
      },
      {
        source: "nm-inews24-commerce",
        field: "nameKo",
        locator: "2nd paragraph",
        paraphrase:
          "Gives the Korean name 산업통상부 in reporting the ministry's January 2026 MOUs with China's commerce ministry.",
      },
      {
        source: "nm-hlj-korean-wang-kim",
        field: "nameKo",
        locator: "1st paragraph",
        paraphrase: "A Chinese state-media Korean-language text also writes 산업통상부 장관 김정관 (November 2025).",
      },
      {
        source: "nm-trenue-motir-day1",
        field: "establishedOn",
        locator: "headline and 1st sentences",
        paraphrase:
          "Says the ministry put up the 산업통상부 signboard and marked its first day on the 1st; no month or year is shown.",
        note: "Low trust: no primary source found states the day of the rename; it coincides with the launch of the climate ministry on 1 October 2025.",
      },
      {
        source: "nm-donga-motir-reorg",
        field: "predecessor",
        locator: "2nd paragraph, predecessor name",
        paraphrase: "Names 산업통상자원부 as the ministry's former name.",
      },
      {
        source: "nm-etoday-commerce",
        field: "aliases",
        locator: "3rd paragraph",
        paraphrase: "Some Korean outlets still attributed its January 2026 release to 산업통상자원부.",
      },
    ],
  },
  {
    slug: "msit",
    side: "KR",
    kind: "ministry",
    nameEn: "Ministry of Science and ICT",
    nameKo: "과학기술정보통신부",
    nameZh: "韩国科学技术信息通信部",
    abbreviation: "MSIT",
    summaryEn:
      "Signed the January 2026 science and technology agreement with China's Ministry of Science and Technology and, by the account of the news brief on the leaders' meeting, the digital technology agreement with China's Ministry of Industry and Information Technology.",
    summaryKo:
      "2026년 1월 중국 과학기술부와 과학기술 협력 협정을 체결했고, 정상회담 관련 뉴스 브리프에 따르면 중국 공업정보화부와 디지털기술 협력 협정도 체결했다.",
    summaryZh:
      "2026年1月与中国科学技术部签署科技合作协定；据领导人会晤相关新闻简报，还与中国工业和信息化部签署了数字技术合作协定。",
    translated: ["summaryKo", "summaryZh"],
    aliases: ["과기정통부"],
    citations: [
      {
        source: "nm-heraldcorp-msit",
        field: "nameKo",
        locator: "1st paragraph",
        paraphrase: "Gives the Korean name 과학기술정보통신부 in reporting its January 2026 MOUs with China.",
      },
      {
        source: "nm-newspim-zh-msit",
        field: "nameZh",
        locator: "3rd paragraph, vice-minister's title",
        paraphrase: "The Chinese service of Newspim writes the ministry as 韩国科学技术信息通信部 (2022).",
      },
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
    nameKo: "한국환경산업협회",
    nameZh: "韩国环境产业协会",
    abbreviation: "KEIA",
    summaryEn:
      "Announced as a participant, with 14 Korean green companies, in the MCEE's public-private delegation to Beijing and Tianjin of 2–5 June 2026 (per the ministry's press release of 29 May 2026); no report of the delegation taking place has been found. It ran the Korea pavilion at CIEPEC 2024 in Beijing (per the Ministry of Environment's release of April 2024).",
    summaryKo:
      "한국 녹색기업 14개사와 함께 2026년 6월 2~5일 기후에너지환경부의 베이징·톈진 민관 합동 사절단에 참여할 예정이라고 발표되었으며(기후에너지환경부 2026년 5월 29일 보도자료), 실제 파견을 전한 보도는 찾지 못했다. 2024년 베이징 CIEPEC에서 한국관을 운영했다(환경부 2024년 4월 보도자료).",
    summaryZh:
      "据韩国气候能源环境部2026年5月29日新闻稿，该协会将与14家韩国绿色企业一道参加该部2026年6月2日至5日赴北京、天津的官民联合代表团；尚未找到代表团实际成行的报道。该协会曾在2024年北京CIEPEC上运营韩国馆（据韩国环境部2024年4月新闻稿）。",
    translated: ["nameZh", "summaryKo", "summaryZh"],
    citations: [
      {
        source: "nm-cnc-ciepec-2024",
        field: "nameKo",
        locator: "5th paragraph (Korea pavilion organiser)",
        paraphrase:
          "The Ministry of Environment's 2024 release names 한국환경산업협회 as organiser of the Korea pavilion at CIEPEC 2024.",
      },
      {
        source: "nm-cnc-ciepec-2024",
        field: "summaryEn",
        locator: "5th paragraph (Korea pavilion organiser)",
        paraphrase: "The association ran the Korea pavilion at the 22nd CIEPEC in Beijing (April 2024).",
      },
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
    nameKo: "생태환경부",
    nameZh: "生态环境部",
    abbreviation: "MEE",
    summaryEn:
      "China's Ministry of Ecology and Environment: Korea's counterpart in the director-general policy dialogue (minister in December 2023: Huang Runqiu), signatory of the January 2026 environmental cooperation MOU, and sponsor of the CIEPEC exhibition.",
    summaryKo:
      "중국 생태환경부. 국장급 정책대화에서 한국의 상대 기관(2023년 12월 당시 부장: 황룬추)이며, 2026년 1월 환경협력 양해각서의 서명 기관이자 CIEPEC 박람회의 후원 기관이다.",
    summaryZh:
      "中国生态环境部：司局级政策对话中韩方的对口部门（2023年12月时任部长：黄润秋），2026年1月环境合作谅解备忘录的签署方，也是CIEPEC展会的支持单位。",
    translated: ["summaryKo", "summaryZh"],
    citations: [
      {
        source: "nm-ekn-mou-2026",
        field: "nameKo",
        locator: "2nd paragraph",
        paraphrase: "Gives the Korean name 생태환경부 for the Chinese signatory of the January 2026 MOU.",
      },
      {
        source: "nm-nmemc-huang",
        field: "nameZh",
        locator: "headline and source line",
        paraphrase: "An MEE item reproduced by its monitoring centre gives the name 生态环境部 (2021).",
      },
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
    nameKo: "상무부",
    nameZh: "商务部",
    abbreviation: "MOFCOM",
    summaryEn:
      "China's Ministry of Commerce: signed the January 2026 MOU on cooperation between industrial complexes with Korea's Ministry of Trade, Industry and Resources (the “Industry Ministry” of the news texts).",
    summaryKo:
      "중국 상무부. 2026년 1월 한국 산업통상부(뉴스 기사의 “Industry Ministry”)와 산업단지 간 협력에 관한 양해각서를 체결했다.",
    summaryZh: "中国商务部：2026年1月与韩国产业通商部（新闻报道中的“Industry Ministry”）签署产业园区合作谅解备忘录。",
    translated: ["summaryKo", "summaryZh"],
    citations: [
      {
        source: "nm-inews24-commerce",
        field: "nameKo",
        locator: "2nd paragraph",
        paraphrase: "Gives the Korean name 상무부 for China's commerce ministry.",
      },
      {
        source: "sm-zaobao-summit",
        field: "nameZh",
        locator: "1st paragraph",
        paraphrase:
          "Calls Wang Wentao 中国商务部长, a title built on the ministry's Chinese name 商务部 (November 2025).",
      },
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
    nameKo: "과학기술부",
    nameZh: "科学技术部",
    abbreviation: "MOST",
    summaryEn:
      "China's Ministry of Science and Technology: signed the January 2026 science and technology agreement with Korea's Ministry of Science and ICT.",
    summaryKo: "중국 과학기술부. 2026년 1월 한국 과학기술정보통신부와 과학기술 협력 협정을 체결했다.",
    summaryZh: "中国科学技术部：2026年1月与韩国科学技术信息通信部签署科技合作协定。",
    // The Chinese sources found show only the short form 科技部.
    translated: ["nameZh", "summaryKo", "summaryZh"],
    aliases: ["科技部"],
    citations: [
      {
        source: "nm-heraldcorp-msit",
        field: "nameKo",
        locator: "2nd paragraph",
        paraphrase: "Gives the Korean name 과학기술부 for China's science ministry.",
      },
      {
        source: "nm-newspim-zh-msit",
        field: "aliases",
        locator: "3rd paragraph (short form)",
        paraphrase: "The Chinese text uses the short form 科技部.",
      },
      { source: S000, quote: "China’s Ministry of Science and Technology", field: "nameEn" },
      { source: S001, quote: "signed a deal with China’s Ministry of Science and Technology" },
    ],
  },
  {
    slug: "miit",
    side: "CN",
    kind: "ministry",
    nameEn: "Ministry of Industry and Information Technology",
    nameKo: "공업정보화부",
    nameZh: "工业和信息化部",
    abbreviation: "MIIT",
    summaryEn:
      "China's Ministry of Industry and Information Technology: signed the January 2026 agreement on digital technologies.",
    summaryKo: "중국 공업정보화부. 2026년 1월 디지털기술 협력 협정을 체결했다.",
    summaryZh: "中国工业和信息化部：2026年1月签署数字技术合作协定。",
    translated: ["summaryKo", "summaryZh"],
    aliases: ["공업신식화부"],
    citations: [
      {
        source: "nm-heraldcorp-msit",
        field: "nameKo",
        locator: "3rd paragraph",
        paraphrase: "Gives the Korean name 공업정보화부.",
      },
      {
        source: "nm-cac-ict-2015",
        field: "nameZh",
        locator: "1st paragraph",
        paraphrase: "A Chinese government site names the ministry 工业和信息化部 (December 2015).",
      },
      {
        source: "nm-etnews-ict-1",
        field: "aliases",
        locator: "2nd paragraph",
        paraphrase: "A 2013 Korean report renders the ministry as 공업신식화부.",
      },
      { source: S000, quote: "China’s Ministry of Industry and Information Technology", field: "nameEn" },
    ],
  },
  {
    slug: "sino-foreign-jv-corporation-mee",
    side: "CN",
    // "Corporation" with a "CEO", as 003 puts it in English.
    kind: "company",
    nameEn: "Sino-Foreign Joint Venture Corporation of the Ministry of Ecology and Environment",
    nameKo: "생태환경부 중외합자공사",
    nameZh: "生态环境部中外合资公司",
    summaryEn:
      "Named so in the English text of the Ministry of Environment's press release of December 2023; its CEO, Zhou Guomei, was China's chief representative at the 7th Directors General Policy Dialogue (December 2023). The sources give no other name for it.",
    summaryKo:
      "환경부의 2023년 12월 보도자료 영문본에 이 이름(Sino-Foreign Joint Venture Corporation of the Ministry of Ecology and Environment)으로 나온다. 그 최고경영자(CEO) 저우궈메이가 제7차 한중 환경국장급 정책대화(2023년 12월)에 중국 측 수석대표로 참석했다. 자료에는 다른 명칭이 나오지 않는다.",
    summaryZh:
      "此名称（Sino-Foreign Joint Venture Corporation of the Ministry of Ecology and Environment）见于韩国环境部2023年12月新闻稿英文版；其首席执行官周国梅是第七次中韩环境司局级政策对话（2023年12月）的中方首席代表。资料未给出其其他名称。",
    translated: ["nameKo", "nameZh", "summaryKo", "summaryZh"],
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
    nameKo: "한중 환경협력센터",
    nameZh: "中韩环境合作中心",
    abbreviation: "ECC",
    establishedOn: { on: "2018-06-25", precision: "day" },
    summaryEn:
      "Joint environmental cooperation centre of the two countries, formally opened in Beijing on 25 June 2018 with both environment ministers present (per the centre's own site). Clear Sky Plan projects are managed through it (per Korean reporting of the plan's signing in 2019), and the January 2026 environment and climate MOU makes it the main implementation body (per Korean and regional reporting; the sponsored Kryptonary article says the same). The sources do not say which side runs it.",
    summaryKo:
      "양국의 공동 환경협력 기구로, 2018년 6월 25일 양국 환경장관이 참석한 가운데 베이징에서 정식 개소했다(센터 누리집). 청천 계획 사업은 이 센터를 통해 관리되며(2019년 계획 서명 관련 국내 보도), 2026년 1월 환경 및 기후 협력 양해각서는 이 센터를 주요 이행 기관으로 정했다(국내·역내 보도, Kryptonary 후원 기사도 같은 내용). 어느 쪽이 운영하는지는 자료에 나오지 않는다.",
    summaryZh:
      "两国共同设立的环境合作机构，2018年6月25日在两国环境部长出席下于北京正式启用（据该中心网站）。晴天计划项目通过该中心管理（据韩国媒体对2019年计划签署的报道），2026年1月环境与气候合作谅解备忘录将其定为主要执行机构（据韩国及地区媒体报道，Kryptonary赞助文章亦持此说）。资料未说明由哪一方运营。",
    // Its Chinese name is shown only in traditional script (中韓環境合作中心).
    translated: ["nameZh", "summaryKo", "summaryZh"],
    aliases: ["한중환경협력센터", "Korea-China Environmental Cooperation Center"],
    citations: [
      {
        source: "nm-ecc-opening-ko",
        field: "nameKo",
        locator: "headline",
        paraphrase: "The centre's own Korean page names it 한중 환경협력센터.",
      },
      {
        source: "nm-ecc-opening-ko",
        field: "establishedOn",
        locator: "1st paragraph",
        paraphrase:
          "The opening ceremony was held in Beijing on 25 June 2018 with both countries' environment ministers.",
      },
      {
        source: "nm-edaily-zum-mou",
        field: "abbreviation",
        locator: "last paragraph",
        paraphrase: "Edaily writes 한중환경협력센터(ECC).",
      },
      {
        source: "nm-edaily-zum-mou",
        field: "aliases",
        locator: "last paragraph",
        paraphrase: "Edaily writes the name without a space, 한중환경협력센터.",
      },
      {
        source: "nm-ea-nocut-2019-11",
        field: "summaryEn",
        locator: "last paragraph",
        paraphrase: "Clear Sky Plan projects are to be managed through the centre.",
      },
      {
        source: "nm-eco-business-mou",
        field: "summaryEn",
        locator: "5th paragraph",
        paraphrase: "Under the 2026 MOU the centre is the main implementing body.",
      },
      {
        source: "nm-ekn-mou-2026",
        field: "summaryEn",
        locator: "6th paragraph",
        paraphrase: "The revised MOU defines the roles of the director-general dialogue and of the cooperation centre.",
      },
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
