// Sweep: every curated country and organisation, at several dates and in both languages, must
// yield well-formed questions whose wrong options are really wrong at the date asked.
import { describe, expect, it } from "vitest";
import type { ArticleAnalysis } from "../../../analysis/types";
import {
  allCountries, allOrganisations, capitalAt, currencyAt, foldKey, KB_AS_OF, membershipStatusAt, sharesBorder,
  type Country,
} from "../../knowledge";
import { bareCurrency } from "./country-questions";
import { contextTemplate } from "./index";

const DATES = ["2008-06-15", "2015-03-10", "2022-01-10", "2025-05-20"];

function article(name: string, lang: "fr" | "en", date: string): ArticleAnalysis {
  const s1 = lang === "fr" ? `${name} : un accord a été annoncé jeudi soir.` : `${name}: a deal was announced on Thursday night.`;
  const s2 = lang === "fr" ? `Les négociations ont duré plusieurs semaines.` : `The talks lasted several weeks.`;
  const text = `${s1} ${s2}`;
  return {
    text, title: name, language: lang, referenceDate: new Date(`${date}T00:00:00Z`),
    sentences: [
      { index: 0, text: s1, start: 0, end: s1.length },
      { index: 1, text: s2, start: s1.length + 1, end: text.length },
    ],
  } as ArticleAnalysis;
}

function countryByName(name: string, lang: "fr" | "en"): Country | undefined {
  return allCountries().find((c) => c.name[lang] === name);
}

describe.each(["fr", "en"] as const)("every country (%s)", (lang) => {
  it.each(DATES)("at %s", (date) => {
    let total = 0;
    for (const c of allCountries()) {
      const a = article(c.name[lang], lang, date);
      const cs = contextTemplate.generate(a).filter((q) => q.prompt.includes(c.name[lang]));
      total += cs.length;
      for (const q of cs) {
        const where = `${c.cca2} ${q.template}: ${q.prompt}`;
        const choices = q.choices!;
        expect(choices.filter((x) => x === q.answer), where).toHaveLength(1);
        expect(new Set(choices.map(foldKey)).size, where).toBe(choices.length);
        expect(q.prompt, where).not.toMatch(/ de le | de les | à le | à les |\bde [AEIOUÉ]/);
        if (lang === "fr") expect(q.prompt, where).not.toMatch(/ [?:]/);
        const wrong = choices.filter((x) => x !== q.answer);
        const at = q.template === "kb.capital-today" || (q.template === "kb.currency" && q.validity?.to === null) ? KB_AS_OF : date;
        if (q.template?.startsWith("kb.capital") && q.kind === "multiple_choice") {
          expect(q.answer, where).toBe(capitalAt(c, q.template === "kb.capital-today" ? KB_AS_OF : date, lang)?.name);
          const ever = c.capitals.flatMap((p) => [p.fr, p.en, ...(p.aliases ?? [])]).map(foldKey);
          for (const w of wrong) expect(ever, where).not.toContain(foldKey(w));
        }
        if (q.template === "kb.neighbour") {
          expect(sharesBorder(c, countryByName(q.answer as string, lang)!), where).toBe(true);
          for (const w of wrong) expect(sharesBorder(c, countryByName(w, lang)!), `${where} / ${w}`).toBe(false);
        }
        if (q.template?.startsWith("kb.currency")) {
          const cur = currencyAt(c, q.template === "kb.currency-dated" ? date : at)!;
          expect(q.answer, where).toBe(bareCurrency(cur, lang));
        }
      }
    }
    expect(total).toBeGreaterThan(100);
  });
});

describe.each(["fr", "en"] as const)("every organisation (%s)", (lang) => {
  it.each(DATES)("at %s", (date) => {
    for (const o of allOrganisations()) {
      const label = o.acronyms[lang][0] ?? o.name[lang];
      const cs = contextTemplate.generate(article(label, lang, date));
      for (const q of cs.filter((x) => x.template === "kb.membership")) {
        const where = `${o.id} ${q.prompt}`;
        const code = (n: string) => countryByName(n, lang)!.cca2;
        expect(membershipStatusAt(o, code(q.answer as string), date), where).toBe("member");
        for (const w of q.choices!.filter((x) => x !== q.answer)) {
          expect(membershipStatusAt(o, code(w), date), `${where} / ${w}`).toBe("non-member");
        }
      }
      for (const q of cs) expect(q.choices!.filter((x) => x === q.answer)).toHaveLength(1);
    }
  });
});
