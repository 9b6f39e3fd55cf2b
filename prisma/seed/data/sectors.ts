import type { SeedSector, SeedTopic } from "../../../lib/schemas/seed";
import { S000, S001, S002, S003, S004 } from "./source-files";

/**
 * Sectors (the four tracks of the 2026 package) and the topics the sources name.
 * These are vocabulary: the Sector and Topic tables have no citations, but each
 * entry cites the passage it comes from so a reviewer can check it.
 */
export const sectors: SeedSector[] = [
  {
    slug: "environment-climate",
    nameEn: "Environment and climate",
    sortOrder: 1,
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
    sortOrder: 2,
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
    nameEn: "Science and technology",
    sortOrder: 3,
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
    sortOrder: 4,
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
    sector: "environment-climate",
    citations: [
      { source: S000, quote: "beyond air-quality issues such as fine dust and yellow sand" },
      { source: S003, quote: "focusing on fine dust reduction" },
    ],
  },
  {
    slug: "yellow-dust",
    // 000 and 001 say "yellow sand", 003 "yellow dust": the same phenomenon.
    nameEn: "Yellow dust (yellow sand)",
    sector: "environment-climate",
    citations: [
      { source: S003, quote: "Emphasis on discussing cooperation plans for yellow dust and fine dust response" },
      { source: S001, quote: "the framework now extends beyond fine dust and yellow sand" },
    ],
  },
  {
    slug: "air-pollution",
    nameEn: "Air pollution and air quality",
    sector: "environment-climate",
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
    sector: "environment-climate",
    citations: [{ source: S000, quote: "to include climate change response" }],
  },
  {
    slug: "carbon-neutrality",
    nameEn: "Carbon neutrality and greenhouse gases",
    sector: "environment-climate",
    citations: [{ source: S003, quote: "④ Exchange of policies for carbon neutrality and greenhouse gases" }],
  },
  {
    slug: "circular-economy",
    nameEn: "Circular economy",
    sector: "environment-climate",
    citations: [{ source: S000, quote: "circular economy policies" }],
  },
  {
    slug: "biodiversity",
    nameEn: "Biodiversity",
    sector: "environment-climate",
    citations: [
      { source: S000, quote: "biodiversity conservation" },
      { source: S001, quote: "biodiversity protection" },
    ],
  },
  {
    slug: "carbon-markets",
    nameEn: "Carbon markets",
    sector: "environment-climate",
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
    sector: "environment-climate",
    citations: [{ source: S001, quote: "the two sides will conduct climate impact assessments" }],
  },
  {
    slug: "noise-light-pollution",
    nameEn: "Noise and light pollution",
    sector: "environment-climate",
    citations: [{ source: S001, quote: "including noise and light pollution" }],
  },
  {
    slug: "air-quality-forecasting",
    nameEn: "Air quality forecasting",
    sector: "environment-climate",
    citations: [{ source: S003, quote: "⑥ Exchange of air quality forecast information and forecast technology" }],
  },
  {
    slug: "plastics",
    nameEn: "Plastics",
    sector: "environment-climate",
    citations: [{ source: S003, quote: "the 5th Intergovernmental Negotiating Committee on Plastics" }],
  },
  {
    slug: "green-industry",
    nameEn: "Green industry",
    sector: "environment-climate",
    citations: [
      { source: S004, quote: "to encompass the broader green industry, including energy and resource circulation" },
      { source: S003, quote: "⑧ Hosting an environmental industry cooperation forum" },
    ],
  },
  {
    slug: "resource-circulation",
    nameEn: "Resource circulation",
    sector: "environment-climate",
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
    sector: "environment-climate",
    citations: [
      { source: S004, quote: "integrated solutions for environmentally friendly hydrogen production and storage" },
      { source: S004, quote: "hydrogen purification systems for impurity removal" },
    ],
  },
  // ---- industry and supply chains
  {
    slug: "industrial-complexes",
    nameEn: "Industrial complexes",
    sector: "industry-supply-chains",
    citations: [{ source: S000, quote: "aimed at strengthening cooperation between industrial complexes" }],
  },
  {
    slug: "investment",
    nameEn: "Investment",
    sector: "industry-supply-chains",
    citations: [
      { source: S000, quote: "focusing on investment and supply chain stability" },
      { source: S001, quote: "The initiative prioritizes supply chain stability and cross-border investment." },
    ],
  },
  {
    slug: "supply-chain-stability",
    nameEn: "Supply chain stability",
    sector: "industry-supply-chains",
    citations: [{ source: S000, quote: "focusing on investment and supply chain stability" }],
  },
  {
    slug: "green-energy",
    nameEn: "Green energy",
    sector: "industry-supply-chains",
    citations: [
      { source: S001, quote: "Targeted sectors include green energy, advanced components, and bio-pharmaceuticals." },
      { source: S002, quote: "Areas of mutual interest include green energy and pharmaceuticals." },
    ],
  },
  {
    slug: "advanced-components",
    nameEn: "Advanced components",
    sector: "industry-supply-chains",
    citations: [
      { source: S001, quote: "Targeted sectors include green energy, advanced components, and bio-pharmaceuticals." },
    ],
  },
  {
    slug: "bio-pharmaceuticals",
    nameEn: "Bio-pharmaceuticals",
    sector: "industry-supply-chains",
    citations: [
      { source: S001, quote: "Targeted sectors include green energy, advanced components, and bio-pharmaceuticals." },
      { source: S002, quote: "Areas of mutual interest include green energy and pharmaceuticals." },
    ],
  },
  // ---- science and technology
  {
    slug: "global-challenges",
    nameEn: "Global challenges",
    sector: "science-ict",
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
    sector: "science-ict",
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
    sector: "digital",
    citations: [{ source: S000, quote: "expands collaboration on digital technologies, including digital inclusion" }],
  },
  {
    slug: "digital-inclusion",
    nameEn: "Digital inclusion",
    sector: "digital",
    citations: [{ source: S001, quote: "A separate agreement focuses on digital technologies and digital inclusion." }],
  },
];
