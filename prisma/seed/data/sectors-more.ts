import type { SeedSector, SeedTopic } from "../../../lib/schemas/seed";

/**
 * The sectors and topics of the wider relationship (trade, money, security, society…)
 * that the agreements found in public reporting need beside the four tracks of the
 * 2026 package (sectors.ts). The tracker's own classification, so no citations: each
 * agreement that uses one cites its own sources. Korean and Chinese names are the
 * tracker's translations.
 */

const translatedName = ["nameKo", "nameZh"];

function sector(slug: string, sortOrder: number, nameEn: string, nameKo: string, nameZh: string): SeedSector {
  return { slug, nameEn, nameKo, nameZh, sortOrder, translated: translatedName, citations: [] };
}

function topic(slug: string, sectorSlug: string, nameEn: string, nameKo: string, nameZh: string): SeedTopic {
  return { slug, nameEn, nameKo, nameZh, sector: sectorSlug, translated: translatedName, citations: [] };
}

export const moreSectors: SeedSector[] = [
  sector("diplomacy-security", 5, "Diplomacy and security", "외교·안보", "外交与安全"),
  sector("trade-investment", 6, "Trade and investment", "통상·투자", "贸易与投资"),
  sector("finance", 7, "Finance and currency", "금융·통화", "金融与货币"),
  sector("transport", 8, "Transport", "교통", "交通运输"),
  sector("food-agriculture-fisheries", 9, "Food, agriculture and fisheries", "식품·농업·수산", "食品、农业与渔业"),
  sector("intellectual-property", 10, "Intellectual property", "지식재산", "知识产权"),
  sector("justice-public-safety", 11, "Justice and public safety", "사법·치안", "司法与公共安全"),
  sector("society-culture", 12, "Society, welfare and culture", "사회·복지·문화", "社会、福利与文化"),
];

export const moreTopics: SeedTopic[] = [
  topic("diplomatic-relations", "diplomacy-security", "Diplomatic relations", "수교·외교관계", "外交关系"),
  topic(
    "strategic-partnership",
    "diplomacy-security",
    "Strategic partnership",
    "전략적 동반자 관계",
    "战略合作伙伴关系",
  ),
  topic("defence-communication", "diplomacy-security", "Defence communication", "국방 소통", "防务沟通"),
  topic(
    "maritime-boundary",
    "diplomacy-security",
    "Maritime boundary and the Yellow Sea",
    "해양 경계·서해",
    "海洋划界与黄海",
  ),
  topic("free-trade-agreement", "trade-investment", "Free trade agreement", "자유무역협정", "自由贸易协定"),
  topic("trade-in-services", "trade-investment", "Trade in services", "서비스 무역", "服务贸易"),
  topic("investment-protection", "trade-investment", "Investment protection", "투자 보호", "投资保护"),
  topic("economic-cooperation-plan", "trade-investment", "Economic cooperation plans", "경제협력 계획", "经济合作规划"),
  topic(
    "export-controls",
    "trade-investment",
    "Export controls and critical minerals",
    "수출통제·핵심광물",
    "出口管制与关键矿产",
  ),
  topic("currency-swap", "finance", "Currency swap", "통화스와프", "货币互换"),
  topic(
    "railways-roads-mobility",
    "transport",
    "Railways, roads and mobility",
    "철도·도로·모빌리티",
    "铁路、公路与出行",
  ),
  topic("food-safety", "food-agriculture-fisheries", "Food safety", "식품 안전", "食品安全"),
  topic(
    "plant-animal-quarantine",
    "food-agriculture-fisheries",
    "Plant and animal quarantine",
    "동식물 검역",
    "动植物检疫",
  ),
  topic("fisheries", "food-agriculture-fisheries", "Fisheries and seafood", "수산·수산물", "渔业与水产品"),
  topic("ip-protection", "intellectual-property", "Intellectual property protection", "지식재산 보호", "知识产权保护"),
  topic(
    "online-fraud",
    "justice-public-safety",
    "Voice phishing and online fraud",
    "보이스피싱·온라인 사기",
    "电信网络诈骗",
  ),
  topic(
    "legal-assistance",
    "justice-public-safety",
    "Legal assistance and extradition",
    "사법공조·범죄인 인도",
    "司法协助与引渡",
  ),
  topic("smes-startups", "industry-supply-chains", "SMEs and start-ups", "중소기업·창업", "中小企业与创业"),
  topic("silver-economy", "society-culture", "Silver economy (ageing)", "실버 경제(고령화)", "银发经济"),
  topic("children-welfare", "society-culture", "Children's rights and welfare", "아동 권리·복지", "儿童权利与福利"),
  topic("cultural-heritage", "society-culture", "Cultural heritage", "문화유산", "文化遗产"),
  topic("people-to-people", "society-culture", "People-to-people and cultural exchange", "인적·문화 교류", "人文交流"),
  topic("social-security", "society-culture", "Social security", "사회보장", "社会保障"),
  topic(
    "national-parks",
    "environment-climate",
    "National parks and protected areas",
    "국립공원·보호지역",
    "国家公园与保护地",
  ),
];
