import type { SeedSector, SeedTopic } from "../../../lib/schemas/seed";
import { S000, S001, S002, S003, S004 } from "./source-files";

/**
 * Sectors (the four tracks of the 2026 package) and the topics the sources name.
 * These are vocabulary: the Sector and Topic tables have no citations, but each
 * entry cites the passage it comes from so a reviewer can check it. Their Korean
 * and Chinese names are the project's own translations of the vocabulary (the
 * sources are in English), so that a search in any language finds the records;
 * they state no fact about the relationship.
 */
export const sectors: SeedSector[] = [
  {
    slug: "environment-climate",
    nameEn: "Environment and climate",
    nameKo: "환경·기후",
    nameZh: "环境与气候",
    sortOrder: 1,
    translated: ["nameKo", "nameZh"],
    citations: [
      {
        source: S000,
        quote:
          "South Korea’s Climate, Energy and Environment Ministry said it signed a new MOU with China’s Ministry of Ecology and Environment",
      },
      { source: S003, quote: "Korea-China Strengthen Environmental Cooperation, Including Fine Dust Reduction" },
    ],
  },
  {
    slug: "industry-supply-chains",
    nameEn: "Industry and supply chains",
    nameKo: "산업·공급망",
    nameZh: "产业与供应链",
    sortOrder: 2,
    translated: ["nameKo", "nameZh"],
    citations: [
      {
        source: S000,
        quote:
          "South Korea’s Industry Ministry signed an MOU with China’s Ministry of Commerce aimed at strengthening cooperation between industrial complexes, focusing on investment and supply chain stability.",
      },
    ],
  },
  {
    slug: "science-ict",
    nameEn: "Science and ICT",
    nameKo: "과학기술·ICT",
    nameZh: "科技与信息通信",
    sortOrder: 3,
    translated: ["nameKo", "nameZh"],
    citations: [
      {
        source: S000,
        quote:
          "On science and technology, South Korea’s Ministry of Science and ICT signed an agreement with China’s Ministry of Science and Technology",
      },
    ],
  },
  {
    slug: "digital",
    nameEn: "Digital technology",
    nameKo: "디지털 기술",
    nameZh: "数字技术",
    sortOrder: 4,
    translated: ["nameKo", "nameZh"],
    citations: [
      {
        source: S000,
        quote:
          "Another agreement with China’s Ministry of Industry and Information Technology expands collaboration on digital technologies, including digital inclusion",
      },
    ],
  },
];

export const topics: SeedTopic[] = [
  // ---- environment and climate
  {
    slug: "fine-dust",
    nameEn: "Fine dust",
    nameKo: "미세먼지",
    nameZh: "细颗粒物",
    sector: "environment-climate",
    translated: ["nameKo", "nameZh"],
    citations: [
      { source: S000, quote: "beyond air-quality issues such as fine dust and yellow sand" },
      { source: S003, quote: "focusing on fine dust reduction" },
    ],
  },
  {
    slug: "yellow-dust",
    // 000 and 001 say "yellow sand", 003 "yellow dust": the same phenomenon.
    nameEn: "Yellow dust (yellow sand)",
    nameKo: "황사",
    nameZh: "沙尘",
    sector: "environment-climate",
    translated: ["nameKo", "nameZh"],
    citations: [
      { source: S003, quote: "Emphasis on discussing cooperation plans for yellow dust and fine dust response" },
      { source: S001, quote: "the framework now extends beyond fine dust and yellow sand" },
    ],
  },
  {
    slug: "air-pollution",
    nameEn: "Air pollution and air quality",
    nameKo: "대기오염·대기질",
    nameZh: "大气污染与空气质量",
    sector: "environment-climate",
    translated: ["nameKo", "nameZh"],
    citations: [
      { source: S003, quote: "for collaborative efforts in addressing air pollution and climate change" },
      {
        source: S001,
        quote: "Joint research on pollutants that affect both air quality and climate change will also be carried out.",
      },
    ],
  },
  {
    slug: "climate-change",
    nameEn: "Climate change",
    nameKo: "기후변화",
    nameZh: "气候变化",
    sector: "environment-climate",
    translated: ["nameKo", "nameZh"],
    citations: [{ source: S000, quote: "to include climate change response" }],
  },
  {
    slug: "carbon-neutrality",
    nameEn: "Carbon neutrality and greenhouse gases",
    nameKo: "탄소중립·온실가스",
    nameZh: "碳中和与温室气体",
    sector: "environment-climate",
    translated: ["nameKo", "nameZh"],
    citations: [{ source: S003, quote: "④ Exchange of policies for carbon neutrality and greenhouse gases" }],
  },
  {
    slug: "circular-economy",
    nameEn: "Circular economy",
    nameKo: "순환경제",
    nameZh: "循环经济",
    sector: "environment-climate",
    translated: ["nameKo", "nameZh"],
    citations: [{ source: S000, quote: "circular economy policies" }],
  },
  {
    slug: "biodiversity",
    nameEn: "Biodiversity",
    nameKo: "생물다양성",
    nameZh: "生物多样性",
    sector: "environment-climate",
    translated: ["nameKo", "nameZh"],
    citations: [
      { source: S000, quote: "biodiversity conservation" },
      { source: S001, quote: "biodiversity protection" },
    ],
  },
  {
    slug: "carbon-markets",
    nameEn: "Carbon markets",
    nameKo: "탄소시장",
    nameZh: "碳市场",
    sector: "environment-climate",
    translated: ["nameKo", "nameZh"],
    citations: [
      {
        source: S001,
        quote: "One of the most consequential elements of the new agreement is expanded cooperation on carbon markets.",
      },
    ],
  },
  {
    slug: "climate-impact-assessment",
    nameEn: "Climate impact assessment",
    nameKo: "기후영향평가",
    nameZh: "气候影响评估",
    sector: "environment-climate",
    translated: ["nameKo", "nameZh"],
    citations: [{ source: S001, quote: "the two sides will conduct climate impact assessments" }],
  },
  {
    slug: "noise-light-pollution",
    nameEn: "Noise and light pollution",
    nameKo: "소음·빛공해",
    nameZh: "噪声与光污染",
    sector: "environment-climate",
    translated: ["nameKo", "nameZh"],
    citations: [{ source: S001, quote: "including noise and light pollution" }],
  },
  {
    slug: "air-quality-forecasting",
    nameEn: "Air quality forecasting",
    nameKo: "대기질 예보",
    nameZh: "空气质量预报",
    sector: "environment-climate",
    translated: ["nameKo", "nameZh"],
    citations: [{ source: S003, quote: "⑥ Exchange of air quality forecast information and forecast technology" }],
  },
  {
    slug: "plastics",
    nameEn: "Plastics",
    nameKo: "플라스틱",
    nameZh: "塑料",
    sector: "environment-climate",
    translated: ["nameKo", "nameZh"],
    citations: [{ source: S003, quote: "the 5th Intergovernmental Negotiating Committee on Plastics" }],
  },
  {
    slug: "green-industry",
    nameEn: "Green industry",
    nameKo: "녹색산업",
    nameZh: "绿色产业",
    sector: "environment-climate",
    translated: ["nameKo", "nameZh"],
    citations: [
      { source: S004, quote: "to encompass the broader green industry, including energy and resource circulation" },
      { source: S003, quote: "⑧ Hosting an environmental industry cooperation forum" },
    ],
  },
  {
    slug: "resource-circulation",
    nameEn: "Resource circulation",
    nameKo: "자원순환",
    nameZh: "资源循环",
    sector: "environment-climate",
    translated: ["nameKo", "nameZh"],
    citations: [
      {
        source: S004,
        quote: "Tianjin, which is a hub for resource circulation and hydrogen-based green port development",
      },
      { source: S004, quote: "resource recovery through waste battery recycling" },
    ],
  },
  {
    slug: "hydrogen",
    nameEn: "Hydrogen",
    nameKo: "수소",
    nameZh: "氢能",
    sector: "environment-climate",
    translated: ["nameKo", "nameZh"],
    citations: [
      { source: S004, quote: "integrated solutions for environmentally friendly hydrogen production and storage" },
      { source: S004, quote: "hydrogen purification systems for impurity removal" },
    ],
  },
  // ---- industry and supply chains
  {
    slug: "industrial-complexes",
    nameEn: "Industrial complexes",
    nameKo: "산업단지",
    nameZh: "产业园区",
    sector: "industry-supply-chains",
    translated: ["nameKo", "nameZh"],
    citations: [{ source: S000, quote: "aimed at strengthening cooperation between industrial complexes" }],
  },
  {
    slug: "investment",
    nameEn: "Investment",
    nameKo: "투자",
    nameZh: "投资",
    sector: "industry-supply-chains",
    translated: ["nameKo", "nameZh"],
    citations: [
      { source: S000, quote: "focusing on investment and supply chain stability" },
      { source: S001, quote: "The initiative prioritizes supply chain stability and cross-border investment." },
    ],
  },
  {
    slug: "supply-chain-stability",
    nameEn: "Supply chain stability",
    nameKo: "공급망 안정",
    nameZh: "供应链稳定",
    sector: "industry-supply-chains",
    translated: ["nameKo", "nameZh"],
    citations: [{ source: S000, quote: "focusing on investment and supply chain stability" }],
  },
  {
    slug: "green-energy",
    nameEn: "Green energy",
    nameKo: "그린에너지",
    nameZh: "绿色能源",
    sector: "industry-supply-chains",
    translated: ["nameKo", "nameZh"],
    citations: [
      { source: S001, quote: "Targeted sectors include green energy, advanced components, and bio-pharmaceuticals." },
      { source: S002, quote: "Areas of mutual interest include green energy and pharmaceuticals." },
    ],
  },
  {
    slug: "advanced-components",
    nameEn: "Advanced components",
    nameKo: "첨단 부품",
    nameZh: "先进零部件",
    sector: "industry-supply-chains",
    translated: ["nameKo", "nameZh"],
    citations: [
      { source: S001, quote: "Targeted sectors include green energy, advanced components, and bio-pharmaceuticals." },
    ],
  },
  {
    slug: "bio-pharmaceuticals",
    nameEn: "Bio-pharmaceuticals",
    nameKo: "바이오의약품",
    nameZh: "生物医药",
    sector: "industry-supply-chains",
    translated: ["nameKo", "nameZh"],
    citations: [
      { source: S001, quote: "Targeted sectors include green energy, advanced components, and bio-pharmaceuticals." },
      { source: S002, quote: "Areas of mutual interest include green energy and pharmaceuticals." },
    ],
  },
  // ---- science and technology
  {
    slug: "global-challenges",
    nameEn: "Global challenges",
    nameKo: "글로벌 과제",
    nameZh: "全球性挑战",
    sector: "science-ict",
    translated: ["nameKo", "nameZh"],
    citations: [
      {
        source: S000,
        quote: "to cooperate on global challenges, including climate change and sustainable development",
      },
    ],
  },
  {
    slug: "sustainable-development",
    nameEn: "Sustainable development",
    nameKo: "지속가능발전",
    nameZh: "可持续发展",
    sector: "science-ict",
    translated: ["nameKo", "nameZh"],
    citations: [
      {
        source: S000,
        quote: "to cooperate on global challenges, including climate change and sustainable development",
      },
    ],
  },
  // ---- digital
  {
    slug: "digital-technologies",
    nameEn: "Digital technologies",
    nameKo: "디지털 기술",
    nameZh: "数字技术",
    sector: "digital",
    translated: ["nameKo", "nameZh"],
    citations: [{ source: S000, quote: "expands collaboration on digital technologies, including digital inclusion" }],
  },
  {
    slug: "digital-inclusion",
    nameEn: "Digital inclusion",
    nameKo: "디지털 포용",
    nameZh: "数字包容",
    sector: "digital",
    translated: ["nameKo", "nameZh"],
    citations: [{ source: S001, quote: "A separate agreement focuses on digital technologies and digital inclusion." }],
  },
];
