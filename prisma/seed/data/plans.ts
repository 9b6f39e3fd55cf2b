import type { SeedCitation, SeedPlan, SeedPlanItem } from "../../../lib/schemas/seed";
import {
  CLEAR_SKY_ALIAS_CITATION,
  CLEAR_SKY_KO_ZH_TITLE_CITATIONS,
  CLEAR_SKY_NAME_CITATIONS,
  SECOND_PLAN_KO_TITLE_CITATION,
  SECOND_PLAN_TITLES,
} from "./agreements";
import { S003, S004 } from "./source-files";

/**
 * Action plans and their items.
 *
 * - The Clear Sky Plan's nine areas are listed by 003 in a footnote to "the 2023
 *   Clear Sky Plan". They are recorded on the Clear Sky Plan itself, not on its 2023
 *   round, because 004 shows two of them (the forum and the export exhibition)
 *   still carried out under the plan in 2026. Titles are 003's words.
 * - Item statuses: "not_assessed" unless a source supports one. 004 (primary, 29 May
 *   2026) announces the forum (item 8) and the export exhibition (item 9) of the
 *   plan's eighth delegation programme, so those two are "in progress"; nothing
 *   else is supported. 003's assessment of the 2023 round gives no result per item.
 * - No record for the 2026 MOU's "regular action plans": only 001 (low trust) speaks
 *   of them, in the future tense, with no title, period, body or items (the MOU's
 *   summary mentions them).
 * - Implementing body: the Clear Sky Plan's projects are managed through the
 *   Korea–China Environmental Cooperation Center (Korean reporting of its signing);
 *   no source names one for the other plans.
 */

const NINE_AREAS_NOTE =
  "The Ministry of Environment's press release of December 2023 lists the nine areas in its footnote to “the 2023 Clear Sky Plan”.";

/** The nine areas' titles in Korean and Chinese: the tracker's own translations. */
const AREA_TITLES: Record<number, [titleKo: string, titleZh: string]> = {
  1: ["대기오염 방지 정책·기술 교류", "大气污染防治政策与技术交流"],
  2: ["계절관리 대책 공동 시행", "协同实施季节管理措施"],
  3: ["자동차 오염 및 교통 부문 온실가스 관리 정책·기술 교류", "机动车污染和交通领域温室气体管理政策与技术交流"],
  4: ["탄소중립·온실가스 정책 교류", "碳中和与温室气体政策交流"],
  5: ["청천 회의 개최", "举办晴天会议"],
  6: ["대기질 예보 정보 및 예보 기술 교류", "空气质量预报信息与预报技术交流"],
  7: [
    "대기오염물질·온실가스 입체 관측 방법, 대기오염물질 화학적 특성 관측 및 수치모델 공동연구",
    "大气污染物与温室气体立体观测方法、大气污染物化学特性观测及数值模型联合研究",
  ],
  8: ["환경산업 협력 포럼 개최", "举办环境产业合作论坛"],
  9: ["수출 전시회 개최", "举办出口展览会"],
};

function area(number: number, titleEn: string, quote: string, extra: Partial<SeedPlanItem> = {}): SeedPlanItem {
  const titles = AREA_TITLES[number];
  if (titles === undefined) throw new Error(`no Korean and Chinese title for Clear Sky Plan area ${number}`);
  const [titleKo, titleZh] = titles;
  return {
    slug: `clear-sky-plan-area-${number}`,
    number,
    titleEn,
    titleKo,
    titleZh,
    translated: ["titleKo", "titleZh"],
    statusUpdates: [],
    ...extra,
    citations: [{ source: S003, quote, field: "titleEn", note: NINE_AREAS_NOTE }, ...(extra.citations ?? [])],
  };
}

const EIGHTH_PROGRAMME: SeedCitation = {
  source: S004,
  quote:
    "The delegation program began as part of the *Clear Sky Plan*^{*}, an initiative agreed upon by the Korean and Chinese governments in 2019, and this year marks its eighth edition as a regular exchange event.",
};

export const plans: SeedPlan[] = [
  {
    slug: "clear-sky-plan",
    titleEn: "Clear Sky Plan",
    titleKo: "청천(晴天, 맑은 하늘)계획",
    titleZh: "晴天计划",
    summaryEn:
      "Korea–China cooperation plan signed on 4 November 2019 to address air pollution (fine particulate matter) and climate change, implemented annually in nine areas through policy and technology exchanges, joint research, technology commercialization initiatives and annual meetings, with its projects managed through the Korea–China Environmental Cooperation Center. Its green-industry delegation programme, a regular exchange event since the plan began, announced its eighth edition for 2–5 June 2026 (per the MCEE's release of 29 May 2026); no report of it taking place has been found. Called the “Blue Sky” plan in the news texts (the news brief on the leaders' meeting and the sponsored Kryptonary article).",
    summaryKo:
      "2019년 11월 4일 대기오염(초미세먼지)과 기후변화에 대응하기 위해 서명된 한중 협력 계획으로, 9개 분야에서 정책·기술 교류, 공동연구, 기술 사업화 사업, 연례회의를 통해 매년 시행되며, 사업은 한중 환경협력센터를 통해 관리된다. 계획 출범 이후 정례 교류 행사로 이어져 온 녹색산업 사절단 프로그램은 제8회 행사를 2026년 6월 2~5일로 예고했으며(기후에너지환경부 2026년 5월 29일 보도자료), 실제 개최를 전한 보도는 찾지 못했다. 뉴스 기사(정상회담 관련 뉴스 브리프와 Kryptonary 후원 기사)에서는 “푸른 하늘(Blue Sky)” 계획이라 부른다.",
    summaryZh:
      "中韩于2019年11月4日为应对大气污染（细颗粒物）和气候变化而签署的合作计划，在九个领域每年通过政策与技术交流、联合研究、技术产业化举措和年度会议实施，项目通过中韩环境合作中心管理。其绿色产业代表团项目自计划启动以来一直作为定期交流活动举办，已宣布第八期定于2026年6月2日至5日举行（据韩国气候能源环境部2026年5月29日新闻稿），尚未找到其实际举行的报道。新闻报道（领导人会晤相关新闻简报和Kryptonary赞助文章）称之为“蓝天（Blue Sky）”计划。",
    startOn: { on: "2019-11-04", precision: "day" },
    sector: "environment-climate",
    implementingBody: "korea-china-environmental-cooperation-center",
    agreement: "clear-sky-plan",
    items: [
      area(
        1,
        "Exchange of air pollution prevention policies and technologies",
        "① Exchange of air pollution prevention policies and technologies",
      ),
      area(
        2,
        "Collaborative implementation of seasonal management measures",
        "② Collaborative implementation of seasonal management measures",
      ),
      area(
        3,
        "Exchange of policies and technologies for greenhouse gas management in the automotive pollution and transportation sectors",
        "③ Exchange of policies and technologies for greenhouse gas management in the automotive pollution and transportation sectors",
      ),
      area(
        4,
        "Exchange of policies for carbon neutrality and greenhouse gases",
        "④ Exchange of policies for carbon neutrality and greenhouse gases",
      ),
      area(5, "Hosting the Clear Sky Conference", "⑤ Hosting the Clear Sky Conference"),
      area(
        6,
        "Exchange of air quality forecast information and forecast technology",
        "⑥ Exchange of air quality forecast information and forecast technology",
      ),
      area(
        7,
        "Joint research on three-dimensional observation methods for air pollutants and greenhouse gases, observation of chemical characteristics of air pollutants, and numerical model research",
        "⑦ Joint research on three-dimensional observation methods for air pollutants and greenhouse gases, observation of chemical characteristics of air pollutants, and numerical model research",
      ),
      area(
        8,
        "Hosting an environmental industry cooperation forum",
        "⑧ Hosting an environmental industry cooperation forum",
        {
          statusUpdates: [
            {
              key: "mcee-release-2026-05-29",
              status: "in_progress",
              assessedOn: { on: "2026-05-29", precision: "day" },
              basis: "official",
              evidenceSource: S004,
              noteEn:
                "The MCEE's release of 29 May 2026 announces that the Clear Sky Plan's eighth delegation programme (Beijing and Tianjin, 2–5 June 2026) will host a Korea–China Environmental Industry Cooperation Forum.",
              citations: [
                {
                  source: S004,
                  quote:
                    "In addition to export consultations, the delegation will host a Korea–China Environmental Industry Cooperation Forum to provide a platform for mutual exchange.",
                  field: "status",
                },
                { ...EIGHTH_PROGRAMME, field: "status" },
                {
                  source: S004,
                  quote: "보도시점 2026. 6. 1.(월) 12:00 (화요일 조간) 배포 2026. 5. 29.(금)",
                  field: "assessedOn",
                  note: "The release was distributed (배포) on 29 May 2026.",
                },
              ],
            },
          ],
        },
      ),
      area(9, "Hosting an export exhibition", "⑨ Hosting an export exhibition", {
        statusUpdates: [
          {
            key: "mcee-release-2026-05-29",
            status: "in_progress",
            assessedOn: { on: "2026-05-29", precision: "day" },
            basis: "official",
            evidenceSource: S004,
            noteEn:
              "The MCEE's release of 29 May 2026 announces that the Clear Sky Plan's eighth delegation programme will hold export exhibitions in Beijing and Tianjin on 2–5 June 2026, including a Korea Pavilion at CIEPEC 2026.",
            citations: [
              {
                source: S004,
                quote:
                  "Export exhibitions, forums, and government exchanges to be held in Beijing and Tianjin from June 2 to 5",
                field: "status",
              },
              {
                source: S004,
                quote:
                  "the delegation will operate a Korea Pavilion at the *China International Environmental Protection Exhibition and Conference (CIEPEC 2026)*",
                field: "status",
              },
              { ...EIGHTH_PROGRAMME, field: "status" },
              {
                source: S004,
                quote: "보도시점 2026. 6. 1.(월) 12:00 (화요일 조간) 배포 2026. 5. 29.(금)",
                field: "assessedOn",
                note: "The release was distributed (배포) on 29 May 2026.",
              },
            ],
          },
        ],
      }),
    ],
    translated: ["summaryKo", "summaryZh"],
    aliases: ["Blue Sky plan", "청천계획", "청천 계획", "푸른 하늘 계획"],
    citations: [
      {
        source: S004,
        quote:
          "A cooperation plan established by Korea and China in November 2019 to address air pollution (fine particulate matter) and climate change.",
        field: "startOn",
      },
      {
        source: "nm-ea-ikld-2019-11",
        field: "startOn",
        locator: "1st and 4th paragraphs",
        paraphrase:
          "The two ministers signed the Clear Sky implementation plan at their annual meeting in Seoul on the 4th (November 2019).",
      },
      ...CLEAR_SKY_KO_ZH_TITLE_CITATIONS,
      {
        source: "nm-ea-nocut-2019-11",
        field: "implementingBody",
        locator: "last paragraph",
        paraphrase: "The plan's projects are to be managed through the Korea–China Environmental Cooperation Center.",
      },
      CLEAR_SKY_ALIAS_CITATION,
      {
        source: S004,
        quote:
          "The plan is implemented annually through policy and technology exchanges, joint research, technology commercialization initiatives, and annual meetings to advance agreed areas of cooperation.",
      },
      { ...EIGHTH_PROGRAMME, field: "summaryEn" },
      {
        source: S003,
        quote:
          "Both sides report that the Clear Sky Plan contributes to concretizing environmental cooperation between the two countries through policy and technology exchange, joint research, and technology industrialization.",
      },
      ...CLEAR_SKY_NAME_CITATIONS,
    ],
  },
  {
    slug: "clear-sky-plan-2023",
    titleEn: "2023 Clear Sky Plan",
    titleKo: "2023 청천 계획",
    titleZh: "2023年晴天计划",
    summaryEn:
      "The Clear Sky Plan's 2023 round, jointly signed by the two countries' Environment Ministries. The 7th Directors General Policy Dialogue (20 December 2023) assessed its implementation status; the Ministry of Environment's press release of December 2023 reports no result per area beyond the two sides' view that the plan contributes to concretizing their cooperation.",
    summaryKo:
      "양국 환경부처가 공동 서명한 청천 계획의 2023년 연간 계획. 제7차 한중 환경국장급 정책대화(2023년 12월 20일)에서 이행 현황을 점검했으나, 환경부의 2023년 12월 보도자료는 계획이 양국 협력의 구체화에 기여하고 있다는 양측의 평가 외에 분야별 결과를 전하지 않는다.",
    summaryZh:
      "晴天计划的2023年度计划，由两国环境部门共同签署。第七次中韩环境司局级政策对话（2023年12月20日）评估了其实施情况；除双方认为该计划有助于推动合作具体化之外，韩国环境部2023年12月新闻稿未报告各领域的结果。",
    startOn: {
      on: "2023",
      precision: "year",
      inferred: { reasoning: "The round is named “the 2023 Clear Sky Plan”; no source gives its start or end." },
    },
    endOn: {
      on: "2023",
      precision: "year",
      inferred: { reasoning: "The round is named “the 2023 Clear Sky Plan”; no source gives its start or end." },
    },
    sector: "environment-climate",
    agreement: "clear-sky-plan-2023",
    parent: "clear-sky-plan",
    items: [],
    translated: ["titleKo", "titleZh", "summaryKo", "summaryZh"],
    citations: [
      {
        source: S003,
        quote:
          "they assessed the implementation status of the 2023 Clear Sky Plan* jointly signed by the Environment Ministries of both countries",
      },
      { source: S003, quote: "the 2023 Clear Sky Plan", field: "startOn" },
      { source: S003, quote: "the 2023 Clear Sky Plan", field: "endOn" },
      { source: S003, quote: "the 2023 Clear Sky Plan", field: "parent" },
    ],
  },
  {
    slug: "second-environmental-cooperation-plan-2023-2027",
    ...SECOND_PLAN_TITLES,
    summaryEn:
      "Five-year environmental cooperation plan for 2023–2027, agreed by the two environment ministers at their video meeting of 29 June 2023 as the first plan (2018–2022) ended, and reviewed at the 7th Directors General Policy Dialogue (December 2023). It continues joint work on ultrafine dust and yellow dust (at the same meeting the ministers also discussed climate change and biodiversity cooperation); the sources do not list its items.",
    summaryKo:
      "2023~2027년 5개년 환경협력계획으로, 제1차 계획(2018~2022)의 종료에 맞춰 2023년 6월 29일 화상 회의에서 양국 환경장관이 합의했고 제7차 한중 환경국장급 정책대화(2023년 12월)에서 검토되었다. 초미세먼지·황사 공동 대응을 이어 가며(같은 회의에서 양국 장관은 기후변화와 생물다양성 협력도 논의했다), 세부 항목은 자료에 나오지 않는다.",
    summaryZh:
      "2023—2027年五年期环境合作计划，在第一期计划（2018—2022年）结束之际，由两国环境部长于2023年6月29日的视频会议上商定，并在第七次中韩环境司局级政策对话（2023年12月）上进行了审议。该计划延续细颗粒物和沙尘的联合应对（两国部长在同一会议上还讨论了气候变化和生物多样性合作）；资料未列出其具体条目。",
    startOn: { on: "2023", precision: "year" },
    endOn: { on: "2027", precision: "year" },
    sector: "environment-climate",
    agreement: "second-environmental-cooperation-plan-2023-2027",
    items: [],
    translated: ["titleZh", "summaryKo", "summaryZh"],
    citations: [
      SECOND_PLAN_KO_TITLE_CITATION,
      {
        source: "nm-ecc-5th-aemm",
        field: "summaryEn",
        locator: "1st and last paragraphs",
        paraphrase:
          "The ministers agreed the second plan at their video meeting of 29 June, as the first plan (2018–2022) ended.",
      },
      {
        source: "nm-daum-yonhap-2nd-plan",
        field: "summaryEn",
        locator: "1st–3rd and 5th paragraphs",
        paraphrase:
          "The plan was agreed and keeps up joint work on ultrafine dust; the ministers also talked about climate change and biodiversity cooperation.",
      },
      { source: S003, quote: "'Second Korea-China Environmental Cooperation Plan (2023-2027),'", field: "startOn" },
      { source: S003, quote: "'Second Korea-China Environmental Cooperation Plan (2023-2027),'", field: "endOn" },
      {
        source: S003,
        quote: "They reviewed the contents of the 'Second Korea-China Environmental Cooperation Plan (2023-2027),'",
      },
    ],
  },
  {
    slug: "fine-dust-seasonal-management-plan-5",
    titleEn: "5th Fine Dust Seasonal Management Plan",
    titleKo: "제5차 미세먼지 계절관리 계획",
    titleZh: "第五期细颗粒物季节管理计划",
    summaryEn:
      "The fifth seasonal plan for fine dust, for 1 December 2023 to 31 March 2024. The 7th Directors General Policy Dialogue discussed fine dust reduction through it. The Ministry of Environment's press release of December 2023 does not say which side adopted it.",
    summaryKo:
      "미세먼지에 관한 다섯 번째 계절관리 계획으로, 기간은 2023년 12월 1일부터 2024년 3월 31일까지다. 제7차 한중 환경국장급 정책대화에서 이를 통한 미세먼지 저감을 논의했다. 환경부의 2023년 12월 보도자료는 어느 쪽이 이 계획을 채택했는지 밝히지 않는다.",
    summaryZh:
      "第五期细颗粒物季节管理计划，实施期为2023年12月1日至2024年3月31日。第七次中韩环境司局级政策对话讨论了借此减少细颗粒物的问题。韩国环境部2023年12月新闻稿未说明该计划由哪一方采用。",
    startOn: { on: "2023-12-01", precision: "day" },
    endOn: { on: "2024-03-31", precision: "day" },
    sector: "environment-climate",
    items: [],
    translated: ["titleKo", "titleZh", "summaryKo", "summaryZh"],
    citations: [
      {
        source: S003,
        quote: "'5th Fine Dust Seasonal Management Plan (December 1, 2023, to March 31, 2024)'",
        field: "startOn",
      },
      {
        source: S003,
        quote: "'5th Fine Dust Seasonal Management Plan (December 1, 2023, to March 31, 2024)'",
        field: "endOn",
      },
      {
        source: S003,
        quote: "focusing on fine dust reduction through the '5th Fine Dust Seasonal Management Plan",
      },
    ],
  },
];
