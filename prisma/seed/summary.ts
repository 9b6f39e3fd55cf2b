import type { SeedData } from "../../lib/schemas/seed";
import { citedRecords } from "./validate";

export type DatasetSummary = {
  agreements: number;
  documents: number;
  webSources: number;
  /** Records whose name or title in the language is an official form, or the tracker's translation. */
  names: Record<"ko" | "zh", { official: number; translated: number }>;
};

const NAME = /^(name|title)(Ko|Zh)$/;

/** What the dataset holds, for the seed's closing lines and the README's data section. */
export function summarizeDataset(data: SeedData): DatasetSummary {
  const names = { ko: { official: 0, translated: 0 }, zh: { official: 0, translated: 0 } };
  for (const owner of citedRecords(data)) {
    const translated = (owner.record.translated as string[] | undefined) ?? [];
    for (const [field, value] of Object.entries(owner.record)) {
      const m = NAME.exec(field);
      if (!m || typeof value !== "string" || value === "") continue;
      const lang = m[2] === "Ko" ? "ko" : "zh";
      names[lang][translated.includes(field) ? "translated" : "official"] += 1;
    }
  }
  return {
    agreements: data.agreements.length,
    documents: data.sources.filter((s) => s.fileName !== undefined).length,
    webSources: data.sources.filter((s) => s.fileName === undefined).length,
    names,
  };
}

export function formatSummary(s: DatasetSummary): string {
  return [
    `Dataset: ${s.agreements} agreements; ${s.documents} source documents and ${s.webSources} web sources.`,
    `Names and titles in Korean: ${s.names.ko.official} official, ${s.names.ko.translated} the tracker's translation; in Chinese: ${s.names.zh.official} official, ${s.names.zh.translated} the tracker's translation.`,
  ].join("\n");
}
