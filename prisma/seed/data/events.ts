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
    titleKo: "한중 정상회담 및 2026년 협력 협정 서명",
    titleZh: "中韩领导人会晤暨2026年合作协议签署",
    summaryEn:
      "The talks of Presidents Lee Jae-myung and Xi Jinping in the Great Hall of the People in Beijing on 5 January 2026, during Lee's state visit, after which the two leaders witnessed the signing of 15 documents (14 MOUs and a donation certificate). Among them: the environment and climate MOU (MCEE – Ministry of Ecology and Environment), the industrial park MOU (Ministry of Trade, Industry and Resources – Ministry of Commerce), and the science and technology innovation and digital technology MOUs (Ministry of Science and ICT with the Ministry of Science and Technology and with the Ministry of Industry and Information Technology). The news brief on the leaders' meeting dates it “05 Monday 2025”; the tracker first read this as 5 January 2026, which reporting has since confirmed.",
    summaryKo:
      "2026년 1월 5일 이재명 대통령의 국빈 방중 중 베이징 인민대회당에서 열린 이재명 대통령과 시진핑 국가주석의 정상회담으로, 회담 뒤 양국 정상이 지켜보는 가운데 문서 15건(양해각서 14건과 기증 증서 1건)이 서명되었다. 그중에는 환경 및 기후 협력 양해각서(기후에너지환경부–생태환경부), 산업단지 협력 양해각서(산업통상부–상무부), 과학기술혁신 및 디지털 기술 협력 양해각서(과학기술정보통신부와 과학기술부·공업정보화부)가 있다. 정상회담 관련 뉴스 브리프는 날짜를 “05 Monday 2025”로 적었으며, 트래커가 처음에 2026년 1월 5일로 해석한 이 날짜는 이후 보도로 확인되었다.",
    summaryZh:
      "2026年1月5日李在明总统对华国事访问期间，李在明与习近平在北京人民大会堂举行的会谈；会谈后两国领导人见证签署了15份文件（14份谅解备忘录和1份捐赠证书）。其中包括环境与气候合作谅解备忘录（韩国气候能源环境部—生态环境部）、产业园合作谅解备忘录（韩国产业通商部—商务部），以及科技创新和数字技术合作谅解备忘录（韩国科学技术信息通信部分别与科学技术部、工业和信息化部签署）。领导人会晤相关新闻简报将日期写作“05 Monday 2025”；本库最初将其解读为2026年1月5日，此后的报道证实了这一日期。",
    startOn: LEADERS_MEETING_DATE,
    placeEn: "Great Hall of the People, Beijing",
    placeKo: "베이징 인민대회당",
    placeZh: "北京人民大会堂",
    timeZone: "Asia/Shanghai",
    participants: ["mcee", "mee-china", "industry-ministry-korea", "mofcom", "msit", "most-china", "miit"],
    translated: ["titleKo", "titleZh", "summaryKo", "summaryZh", "placeKo", "placeZh"],
    citations: [
      {
        source: "nm-bj-asiae-en-summit",
        field: "placeEn",
        locator: "1st paragraph",
        paraphrase:
          "The summit took place in the Great Hall of the People in Beijing on 5 January and lasted about 90 minutes.",
      },
      {
        source: "nm-newsis-mou",
        field: "placeEn",
        locator: "photo caption",
        paraphrase: "The environment MOU was signed in the Great Hall of the People on 5 January.",
      },
      {
        source: "nm-sbs-15-docs",
        field: "summaryEn",
        locator: "2nd paragraph",
        paraphrase: "14 MOUs and one donation certificate, 15 documents in all, were adopted.",
      },
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
    titleKo: "기후에너지환경부 출범",
    titleZh: "韩国气候能源环境部成立",
    summaryEn:
      "Korea's Ministry of Climate, Energy and Environment (MCEE) was launched on 1 October 2025, with a ceremony in Sejong, after the Cabinet adopted its organisation decree on 30 September: the Ministry of Environment, expanded and renamed, with most energy functions of the trade and industry ministry, under minister Kim Sung-whan. Its first Clear Sky Plan delegation programme widened cooperation to the broader green industry, including energy and resource circulation (per the ministry's press release of 29 May 2026).",
    summaryKo:
      "한국 기후에너지환경부(MCEE)가 9월 30일 국무회의의 직제 의결에 이어 2025년 10월 1일 세종에서 출범식을 열고 출범했다. 환경부가 확대·개편되어 산업통상 부처의 에너지 기능 대부분을 넘겨받았으며, 장관은 김성환이다. 출범 후 첫 청천 계획 사절단 프로그램은 협력 범위를 에너지·자원순환을 포함한 녹색산업 전반으로 넓혔다(기후에너지환경부 2026년 5월 29일 보도자료).",
    summaryZh:
      "韩国气候能源环境部（MCEE）在9月30日内阁会议通过机构设置令后，于2025年10月1日在世宗举行成立仪式并正式成立：由环境部扩编更名而来，接管了产业通商部门的大部分能源职能，长官为金星焕。其成立后的首个晴天计划代表团项目将合作范围扩大至包括能源和资源循环在内的更广泛绿色产业（据该部2026年5月29日新闻稿）。",
    startOn: { on: "2025-10-01", precision: "day" },
    placeEn: "Sejong, Korea",
    placeKo: "세종",
    placeZh: "韩国世宗",
    timeZone: "Asia/Seoul",
    participants: ["mcee"],
    translated: ["titleKo", "titleZh", "summaryKo", "summaryZh", "placeKo", "placeZh"],
    citations: [
      {
        source: "nm-ohmynews-mcee-launch",
        field: "startOn",
        locator: "body, first sentences",
        paraphrase:
          "The ministry was officially launched on the 1st (October 2025) after the Cabinet adopted its organisation decree on the 30th.",
        note: "Confirms, and gives the day of, the October 2025 launch the tracker had inferred from the MCEE's release of 29 May 2026.",
      },
      {
        source: "nm-newspim-mcee-launch",
        field: "startOn",
        locator: "lead paragraph",
        paraphrase: "Launched on 1 October 2025 under minister Kim Sung-whan.",
      },
      {
        source: "nm-newspim-mcee-launch",
        field: "placeEn",
        locator: "lead paragraph",
        paraphrase: "The launch ceremony was held in Sejong.",
      },
      {
        source: "nm-ohmynews-mcee-launch",
        field: "summaryEn",
        locator: "3rd–4th paragraphs",
        paraphrase:
          "The new ministry absorbs most of the trade and industry ministry's energy functions and the Electricity Commission.",
      },
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
    titleKo: "한중 녹색산업 베이징·톈진 사절단(제8회 청천 계획 프로그램)",
    titleZh: "中韩绿色产业北京、天津代表团（晴天计划第八期项目）",
    summaryEn:
      "A public-private joint delegation of the MCEE, the Korea Environmental Industry Association and 14 Korean green companies, to support Korean green companies' entry into China's environmental, energy and resource sectors: a Korea Pavilion and one-on-one export consultations at CIEPEC 2026 in Beijing, a Korea–China Environmental Industry Cooperation Forum, and an exchange with Tianjin. The programme began as part of the Clear Sky Plan (2019); 2026 is its eighth edition, and the first since the MCEE's launch, widened to the broader green industry, including energy and resource circulation.",
    summaryKo:
      "기후에너지환경부, 한국환경산업협회, 한국 녹색기업 14개사로 구성된 민관 합동 사절단으로, 한국 녹색기업의 중국 환경·에너지·자원 분야 진출을 지원한다. 베이징 CIEPEC 2026의 한국관과 일대일 수출상담, 한중 환경산업 협력 포럼, 톈진과의 교류로 이루어진다. 이 프로그램은 청천 계획(2019)의 일환으로 시작되었으며, 2026년은 제8회이자 기후에너지환경부 출범 후 첫 회로, 에너지·자원순환을 포함한 녹색산업 전반으로 범위를 넓혔다.",
    summaryZh:
      "由韩国气候能源环境部、韩国环境产业协会和14家韩国绿色企业组成的官民联合代表团，旨在支持韩国绿色企业进入中国环境、能源和资源领域：在北京CIEPEC 2026设立韩国馆并举行一对一出口洽谈，举办中韩环境产业合作论坛，并与天津开展交流。该项目作为晴天计划（2019年）的一部分启动；2026年为第八期，也是韩国气候能源环境部成立后的首期，范围扩大至包括能源和资源循环在内的更广泛绿色产业。",
    startOn: { on: "2026-06-02", precision: "day" },
    endOn: { on: "2026-06-05", precision: "day" },
    placeEn: "Beijing and Tianjin, China",
    placeKo: "중국 베이징·톈진",
    placeZh: "中国北京、天津",
    timeZone: "Asia/Shanghai",
    sector: "environment-climate",
    agreement: "clear-sky-plan",
    participants: ["mcee", "keia"],
    translated: ["titleKo", "titleZh", "summaryKo", "summaryZh", "placeKo", "placeZh"],
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
    titleKo: "CIEPEC 2026(제24회 중국 국제환경보호전시회) 한국관",
    titleZh: "CIEPEC 2026（第二十四届中国国际环保展览会）韩国馆",
    summaryEn:
      "The delegation's Korea Pavilion at CIEPEC 2026 in Beijing, China's largest environmental exhibition, with a 40-year history (sponsored by the Ministry of Ecology and Environment, held annually, 24th edition in 2026), with one-on-one export consultation meetings with Chinese buyers. The 14 Korean companies show green technologies in demand in China: hydrogen production and storage, resource recovery through waste battery recycling, hydrogen purification, and recycling of end-of-life solar panels and electric vehicle batteries.",
    summaryKo:
      "사절단이 베이징 CIEPEC 2026에 운영하는 한국관. CIEPEC은 40년 역사의 중국 최대 환경 전시회(생태환경부 후원, 매년 개최, 2026년 제24회)로, 한국관에서는 중국 바이어와의 일대일 수출상담회가 열린다. 한국 기업 14개사는 중국에서 수요가 있는 녹색기술, 즉 수소 생산·저장, 폐배터리 재활용을 통한 자원 회수, 수소 정제, 폐태양광 패널과 전기차 배터리 재활용 기술을 선보인다.",
    summaryZh:
      "代表团在北京CIEPEC 2026上设立的韩国馆。CIEPEC是中国规模最大的环保展会，已有40年历史（由生态环境部支持，每年举办，2026年为第二十四届）；韩国馆将与中国买家举行一对一出口洽谈会。14家韩国企业展示中国市场所需的绿色技术：氢气制备与储存、通过废旧电池回收实现资源回收、氢气提纯，以及退役太阳能板和电动汽车电池的回收利用。",
    startOn: { on: "2026-06", precision: "month" },
    placeEn: "Beijing, China",
    placeKo: "중국 베이징",
    placeZh: "中国北京",
    timeZone: "Asia/Shanghai",
    sector: "environment-climate",
    agreement: "clear-sky-plan",
    participants: ["mcee", "keia", "mee-china"],
    translated: ["titleKo", "titleZh", "summaryKo", "summaryZh", "placeKo", "placeZh"],
    aliases: ["CIEPEC", "중국 국제환경보호전시회", "中国国际环保展览会"],
    citations: [
      {
        source: "nm-cnc-ciepec-2024",
        field: "aliases",
        locator: "5th paragraph",
        paraphrase: "The Ministry of Environment's 2024 release calls the exhibition 중국 국제환경보호전시회.",
      },
      {
        source: "nm-luxu-ciepec-2017",
        field: "aliases",
        locator: "1st paragraph (low-trust repost of Xinhua)",
        paraphrase: "A repost of a Xinhua item names it 中国国际环保展览会.",
      },
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
    titleKo: "한중 환경산업 협력 포럼(2026)",
    titleZh: "中韩环境产业合作论坛（2026年）",
    summaryEn:
      "Hosted by the delegation as a platform for mutual exchange: discussions on both countries' environmental, energy and green industry support policies, and a showcase of Korean companies' technologies for Chinese stakeholders. The MCEE's press release of 29 May 2026 does not say in which of the two cities it is held.",
    summaryKo:
      "사절단이 상호 교류의 장으로 개최하는 포럼으로, 양국의 환경·에너지·녹색산업 지원 정책을 논의하고 중국 관계자들에게 한국 기업의 기술을 소개한다. 기후에너지환경부의 2026년 5월 29일 보도자료는 두 도시 중 어디에서 열리는지 밝히지 않는다.",
    summaryZh:
      "由代表团主办、作为相互交流平台的论坛：讨论两国环境、能源和绿色产业扶持政策，并向中方相关人士展示韩国企业的技术。韩国气候能源环境部2026年5月29日新闻稿未说明论坛在两座城市中的哪一座举行。",
    startOn: { on: "2026-06", precision: "month" },
    placeEn: "China (Beijing or Tianjin; not stated)",
    placeKo: "중국(베이징 또는 톈진, 명시되지 않음)",
    placeZh: "中国（北京或天津，未说明）",
    timeZone: "Asia/Shanghai",
    sector: "environment-climate",
    agreement: "clear-sky-plan",
    participants: ["mcee", "keia"],
    translated: ["titleKo", "titleZh", "summaryKo", "summaryZh", "placeKo", "placeZh"],
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
    titleKo: "톈진과의 녹색산업 교류",
    titleZh: "与天津的绿色产业交流",
    summaryEn:
      "The delegation selected Tianjin, a hub for resource circulation and hydrogen-based green port development, as a partner city for exchange, to address global issues such as energy supply chains and resource security; it plans to discuss areas of cooperation, including demonstration projects in which Korean companies could take part.",
    summaryKo:
      "사절단은 에너지 공급망, 자원 안보 등 글로벌 현안에 대응하기 위해 자원순환과 수소 기반 친환경 항만 개발의 거점인 톈진을 교류 협력 도시로 선정했으며, 한국 기업이 참여할 수 있는 실증사업 등 협력 분야를 논의할 계획이다.",
    summaryZh:
      "为应对能源供应链和资源安全等全球性问题，代表团选定资源循环和氢能绿色港口开发枢纽天津作为交流合作城市，并计划探讨合作领域，包括韩国企业可参与的示范项目。",
    startOn: { on: "2026-06", precision: "month" },
    placeEn: "Tianjin, China",
    placeKo: "중국 톈진",
    placeZh: "中国天津",
    timeZone: "Asia/Shanghai",
    sector: "environment-climate",
    agreement: "clear-sky-plan",
    participants: ["mcee"],
    translated: ["titleKo", "titleZh", "summaryKo", "summaryZh", "placeKo", "placeZh"],
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
    titleKo: "중국 투자사절단의 새만금 방문",
    titleZh: "中国投资代表团赴新万金",
    summaryEn:
      "Under the January 2026 industrial park MOU, an investment survey team led by China's Ministry of Commerce is to visit South Korea's Saemangeum area within 2026 (per Korean reporting; the blog repost of a news story says the same). On 5 February 2026 China's ambassador Dai Bing visited the Saemangeum agency, and both sides agreed to pursue a visit by major Chinese investors. No report of the visit taking place has been found, and no source gives its month.",
    summaryKo:
      "2026년 1월 산업단지 협력 양해각서에 따라 중국 상무부가 이끄는 투자조사단이 2026년 중 한국 새만금 지역을 방문할 예정이다(국내 보도, 뉴스 기사를 옮긴 블로그 게시물도 같은 내용). 2026년 2월 5일 다이빙 주한 중국대사가 새만금개발청을 방문했으며, 양측은 중국 주요 투자자 방문단 추진에 뜻을 모았다. 실제 방문을 전한 보도는 찾지 못했으며, 방문 월을 밝힌 자료도 없다.",
    summaryZh:
      "根据2026年1月的产业园合作谅解备忘录，由中国商务部牵头的投资考察团将于2026年内访问韩国新万金地区（据韩国媒体报道，转载新闻报道的博客文章亦持此说）。2026年2月5日，中国驻韩大使戴兵访问新万金开发厅，双方同意推动中国主要投资者组团访问。尚未找到考察团实际到访的报道，也没有资料给出访问月份。",
    startOn: { on: "2026", precision: "year" },
    placeEn: "Saemangeum, South Korea",
    placeKo: "대한민국 새만금",
    placeZh: "韩国新万金",
    timeZone: "Asia/Seoul",
    sector: "industry-supply-chains",
    agreement: "industrial-complexes-mou-2026",
    participants: ["mofcom"],
    translated: ["titleKo", "titleZh", "summaryKo", "summaryZh", "placeKo", "placeZh"],
    aliases: ["새만금", "新万金"],
    citations: [
      {
        source: S002,
        quote: "Notably, China plans to send an investment delegation to South Korea’s Saemangeum area in 2026.",
        field: "startOn",
      },
      {
        source: "nm-heraldcorp-commerce",
        field: "startOn",
        locator: "sub-headline",
        paraphrase: "A Chinese commerce-ministry investment survey team is to visit Korea within the year (2026).",
      },
      {
        source: "nm-heraldcorp-commerce",
        field: "participants",
        locator: "sub-headline",
        paraphrase: "The survey team is a Ministry of Commerce one.",
      },
      {
        source: "nm-nocut-saemangeum-2026",
        field: "summaryEn",
        locator: "2nd and last paragraphs",
        paraphrase:
          "China's ambassador visited the Saemangeum agency on 5 February; the sides plan a visit group of major Chinese investors.",
      },
      {
        source: "nm-jben-saemangeum",
        field: "summaryEn",
        locator: "1st and last paragraphs",
        paraphrase: "The same visit reported by a regional paper (5 February 2026).",
      },
      {
        source: "nm-inews24-commerce",
        field: "aliases",
        locator: "1st paragraph",
        paraphrase: "Writes the Korean place name 새만금.",
      },
      {
        source: "sm-zaobao-summit",
        field: "aliases",
        locator: "3rd paragraph",
        paraphrase: "Writes the Chinese place name 新万金.",
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
    titleKo: "제5차 플라스틱 정부간협상위원회",
    titleZh: "塑料污染政府间谈判委员会第五届会议",
    summaryEn:
      "Scheduled, as of December 2023, for the second half of 2024, location to be determined. Korea's Ministry of Environment and China's Ministry of Ecology and Environment discussed cooperation for its successful hosting at their 7th director-general dialogue (per the Ministry of Environment's press release of December 2023).",
    summaryKo:
      "2023년 12월 기준으로 2024년 하반기 개최 예정이었으며 장소는 미정이었다. 한국 환경부와 중국 생태환경부는 제7차 국장급 정책대화에서 그 성공적 개최를 위한 협력을 논의했다(환경부 2023년 12월 보도자료).",
    summaryZh:
      "截至2023年12月，定于2024年下半年举行，地点待定。韩国环境部与中国生态环境部在第七次司局级政策对话上讨论了为成功举办该会议开展的合作（据韩国环境部2023年12月新闻稿）。",
    startOn: {
      on: "2024",
      precision: "year",
      inferred: {
        reasoning:
          "The Ministry of Environment's press release of December 2023 (its meeting was on 20 December 2023) schedules it for “the second half of next year”: the second half of 2024. The vocabulary has no half-year precision, so the year is recorded.",
      },
    },
    sector: "environment-climate",
    participants: [],
    translated: ["titleKo", "titleZh", "summaryKo", "summaryZh"],
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
        note: "Its place was still to be determined when the release was written, so no place is recorded.",
      },
    ],
  },
];
