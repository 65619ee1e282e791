// Questions about one country named in the article: capital (dated), region, neighbours, currency.
import type { Candidate } from "../../template";
import {
  allCountries, capitalAt, capitalNameSpan, capitalise, CONTINENTS, countryNameEn, countryOfFr,
  countryTheFr, currencyAt, formatDay, getCountry, KB_AS_OF, nearChange, NEARBY_SUBREGIONS,
  sharesBorder, SUBREGIONS, type Continent, type Country, type Currency, type Period,
} from "../../knowledge";
import { buildChoices, hash, tiered } from "./choices";
import {
  candidate, CHANGE_MARGIN_DAYS, confusable, listOf, sortedNames, TRUE_FALSE, validity, type Ctx, type Lang,
} from "./shared";
import type { Topic } from "./salience";

/** Other countries, nearest first: same subregion, nearby subregions, same continent, rest. */
function countryTiers(target: Country, keep: (c: Country) => boolean, cacheKey?: string): Country[][] {
  // The tiers depend only on the target and the filter: computed once per (filter, country).
  if (cacheKey) {
    const k = `${cacheKey}:${target.cca2}`;
    let t = TIERS_MEMO.get(k);
    if (!t) {
      t = countryTiers(target, keep);
      TIERS_MEMO.set(k, t);
    }
    return t;
  }
  const others = allCountries().filter((c) => c.cca2 !== target.cca2 && keep(c));
  const near = new Set(NEARBY_SUBREGIONS[target.subregion]);
  return [
    others.filter((c) => c.subregion === target.subregion),
    others.filter((c) => near.has(c.subregion)),
    others.filter((c) => c.continent === target.continent),
    others,
  ];
}

const TIERS_MEMO = new Map<string, Country[][]>();
/** Distractor tiers (names) before the per-article shuffle; pure functions of the key. */
const NAME_TIERS_MEMO = new Map<string, string[][]>();

function memoTiers(key: string, build: () => string[][]): string[][] {
  let t = NAME_TIERS_MEMO.get(key);
  if (!t) {
    t = build();
    if (NAME_TIERS_MEMO.size > 5_000) NAME_TIERS_MEMO.clear();
    NAME_TIERS_MEMO.set(key, t);
  }
  return t;
}

function seedOf(ctx: Ctx, key: string): number {
  return (ctx.seed ^ hash(key)) >>> 0;
}

// ---------- capital ----------

const hasCapitalQuestion = (o: Country) => !o.noCapitalQuestion;
const hasCurrencyQuestion = (o: Country) => !o.noCurrencyQuestion;

function allCapitalNames(c: Country): string[] {
  return c.capitals.flatMap((p) => [p.fr, p.en, ...(p.aliases ?? [])]);
}

function sinceClause(p: Period, lang: Lang): string {
  if (!p.from) return "";
  return lang === "fr" ? ` (depuis le ${formatDay(p.from, "fr")})` : ` (since ${formatDay(p.from, "en")})`;
}

function capitalDistractors(ctx: Ctx, c: Country, at: string, key: string): string[] {
  const tiers = memoTiers(`cap|${c.cca2}|${at}|${ctx.lang}`, () => {
    const own = allCapitalNames(c);
    return countryTiers(c, hasCapitalQuestion, "cap").map((tier) =>
      tier.map((o) => capitalAt(o, at, ctx.lang)?.name).filter((n): n is string => !!n && !own.some((x) => confusable(x, n))),
    );
  });
  return tiered(tiers, seedOf(ctx, key));
}

export function capitalQuestions(ctx: Ctx, topic: Topic, c: Country): Candidate[] {
  if (c.noCapitalQuestion) return [];
  const { lang } = ctx;
  const out: Candidate[] = [];
  const nameFr = countryOfFr(c);
  const nameEn = countryNameEn(c);
  // Giveaways like Tunis/Tunisie, Alger/Algérie, Mexico City/Mexico are skipped.
  const giveaway = (cap: string) => confusable(cap, c.name[lang]) || confusable(cap, c.name.fr) || confusable(cap, c.name.en);

  const now = capitalAt(c, KB_AS_OF, lang);
  const nowSpan = capitalNameSpan(c, KB_AS_OF, lang);
  const atDate = ctx.dateKnown ? capitalAt(c, ctx.date, lang) : undefined;
  const dateSpan = ctx.dateKnown ? capitalNameSpan(c, ctx.date, lang) : undefined;
  const stableAtDate = atDate && !nearChange(c.capitals, ctx.date, CHANGE_MARGIN_DAYS);
  const sameSinceArticle = atDate && dateSpan && dateSpan.to === null;

  if (stableAtDate && sameSinceArticle && atDate && dateSpan && !giveaway(atDate.name)) {
    // Unchanged from the article date to now: a plain present-tense question.
    const choices = buildChoices(atDate.name, capitalDistractors(ctx, c, ctx.date, `cap:${c.cca2}`), seedOf(ctx, `capc:${c.cca2}`));
    if (choices) {
      out.push(candidate(ctx, topic, {
        kind: "multiple_choice",
        prompt: lang === "fr" ? `Quelle est la capitale ${nameFr} ?` : `What is the capital of ${nameEn}?`,
        choices, answer: atDate.name,
        explanation: lang === "fr"
          ? `La capitale ${nameFr} est ${atDate.name}${sinceClause(dateSpan, "fr")}.`
          : `The capital of ${nameEn} is ${atDate.name}${sinceClause(dateSpan, "en")}.`,
        difficulty: 1, template: "kb.capital", validity: validity(dateSpan), weight: 0.7,
        fact: `capital:${c.cca2}:${dateSpan.from}`,
      }));
    }
    return out;
  }

  if (stableAtDate && atDate && dateSpan && !giveaway(atDate.name)) {
    // Changed since the article: ask about the article's month, in the past tense.
    const choices = buildChoices(atDate.name, capitalDistractors(ctx, c, ctx.date, `cap:${c.cca2}`), seedOf(ctx, `capd:${c.cca2}`));
    const later = now && nowSpan ? (lang === "fr"
      ? ` Depuis le ${formatDay(nowSpan.from ?? KB_AS_OF, "fr")}, la capitale ${nameFr} est ${now.name}.`
      : ` Since ${formatDay(nowSpan.from ?? KB_AS_OF, "en")}, the capital of ${nameEn} has been ${now.name}.`) : "";
    const span = lang === "fr"
      ? (dateSpan.from ? `du ${formatDay(dateSpan.from, "fr")} au ${formatDay(dateSpan.to!, "fr")}` : `jusqu’au ${formatDay(dateSpan.to!, "fr")}`)
      : (dateSpan.from ? `from ${formatDay(dateSpan.from, "en")} until ${formatDay(dateSpan.to!, "en")}` : `until ${formatDay(dateSpan.to!, "en")}`);
    if (choices) {
      out.push(candidate(ctx, topic, {
        kind: "multiple_choice",
        prompt: lang === "fr"
          ? `En ${ctx.month}, quelle était la capitale ${nameFr} ?`
          : `In ${ctx.month}, what was the capital of ${nameEn}?`,
        choices, answer: atDate.name,
        explanation: lang === "fr"
          ? `En ${ctx.month}, la capitale ${nameFr} était ${atDate.name} (${span}).${later}`
          : `In ${ctx.month}, the capital of ${nameEn} was ${atDate.name} (${span}).${later}`,
        difficulty: 3, template: "kb.capital-dated", validity: validity(dateSpan), weight: 0.9,
        fact: `capital:${c.cca2}:${dateSpan.from}`,
      }));
    }
    // True/false on the trap: today's name applied to the article's month.
    if (now && now.name !== atDate.name) {
      const [vrai, faux] = TRUE_FALSE[lang];
      out.push(candidate(ctx, topic, {
        kind: "true_false",
        prompt: lang === "fr"
          ? `Vrai ou faux : en ${ctx.month}, la capitale ${nameFr} s’appelait ${now.name}.`
          : `True or false: in ${ctx.month}, the capital of ${nameEn} was called ${now.name}.`,
        choices: [vrai, faux], answer: faux,
        explanation: lang === "fr"
          ? `Faux : en ${ctx.month}, la capitale ${nameFr} s’appelait ${atDate.name} (${span}).${later}`
          : `False: in ${ctx.month}, the capital of ${nameEn} was called ${atDate.name} (${span}).${later}`,
        difficulty: 3, template: "kb.capital-tf", validity: validity(dateSpan), weight: 0.7,
        fact: `capital:${c.cca2}:${dateSpan.from}`,
      }));
    }
  }

  if (now && nowSpan && !nearChange(c.capitals, KB_AS_OF, CHANGE_MARGIN_DAYS) && !giveaway(now.name)) {
    const choices = buildChoices(now.name, capitalDistractors(ctx, c, KB_AS_OF, `capn:${c.cca2}`), seedOf(ctx, `capn:${c.cca2}`));
    if (choices) {
      const asOf = formatDay(KB_AS_OF, lang);
      out.push(candidate(ctx, topic, {
        kind: "multiple_choice",
        prompt: lang === "fr" ? `Quelle est aujourd’hui la capitale ${nameFr} ?` : `What is the capital of ${nameEn} today?`,
        choices, answer: now.name,
        explanation: lang === "fr"
          ? `${nowSpan.from ? `Depuis le ${formatDay(nowSpan.from, "fr")}, l` : "L"}a capitale ${nameFr} est ${now.name} (base de connaissances à jour au ${asOf}).`
          : `${nowSpan.from ? `Since ${formatDay(nowSpan.from, "en")}, t` : "T"}he capital of ${nameEn} ${nowSpan.from ? "has been" : "is"} ${now.name} (knowledge base as of ${asOf}).`,
        difficulty: 2, template: "kb.capital-today", validity: validity(nowSpan), weight: 0.75,
        fact: `capital:${c.cca2}:${nowSpan.from}`,
      }));
    }
  }
  return out;
}

// ---------- region ----------

const CONTINENT_ORDER: Continent[] = ["asia", "europe", "africa", "americas", "oceania"];

export function regionQuestions(ctx: Ctx, topic: Topic, c: Country): Candidate[] {
  if (c.noRegionQuestion) return [];
  const { lang } = ctx;
  const out: Candidate[] = [];
  const the = lang === "fr" ? countryTheFr(c) : countryNameEn(c);
  const verbFr = c.pluralFr ? "se trouvent" : "se trouve";
  const verbEn = c.pluralEn ? "are" : "is";
  const excluded = new Set([c.subregion, ...(c.subregionAlt ?? [])]);
  const pool = NEARBY_SUBREGIONS[c.subregion].filter((s) => !excluded.has(s)).map((s) => SUBREGIONS[s][lang]);
  const answer = SUBREGIONS[c.subregion][lang];
  const choices = buildChoices(answer, pool, seedOf(ctx, `reg:${c.cca2}`));
  if (choices) {
    out.push(candidate(ctx, topic, {
      kind: "multiple_choice",
      prompt: lang === "fr"
        ? `Dans quelle région du monde ${verbFr} ${the} ?`
        : `In which region of the world ${verbEn} ${the}?`,
      choices, answer,
      explanation: lang === "fr"
        ? `${capitalise(the)} ${c.pluralFr ? (c.genderFr === "f" ? "sont situées" : "sont situés") : c.genderFr === "f" ? "est située" : "est situé"} en ${answer} (classement géographique des Nations unies).`
        : `${capitalise(the)} ${verbEn} in ${answer} (United Nations geographic regions).`,
      difficulty: 2, template: "kb.region", validity: { from: null, to: null }, weight: 0.6,
      fact: `region:${c.cca2}`,
    }));
  }
  // Continent only for countries that sit on one continent (Kazakhstan, Russia, Turkey do not).
  if (!c.transcontinental) {
    const cont = CONTINENTS[c.continent][lang];
    const others = CONTINENT_ORDER.filter((k) => k !== c.continent).map((k) => CONTINENTS[k][lang]);
    const cChoices = buildChoices(cont, others, seedOf(ctx, `cont:${c.cca2}`));
    if (cChoices) {
      out.push(candidate(ctx, topic, {
        kind: "multiple_choice",
        prompt: lang === "fr"
          ? `Sur quel continent ${verbFr} ${the} ?`
          : `On which continent ${verbEn} ${the}?`,
        choices: cChoices, answer: cont,
        explanation: lang === "fr"
          ? `${capitalise(the)} ${c.pluralFr ? "se trouvent" : "se trouve"} en ${cont}, plus précisément en ${answer}.`
          : `${capitalise(the)} ${verbEn} in ${cont}, more precisely in ${answer}.`,
        difficulty: 1, template: "kb.continent", validity: { from: null, to: null }, weight: 0.35,
        fact: `region:${c.cca2}`,
      }));
    }
  }
  return out;
}

// ---------- neighbours ----------

export function neighbourQuestions(ctx: Ctx, topic: Topic, c: Country): Candidate[] {
  const { lang } = ctx;
  const out: Candidate[] = [];
  const inKb = c.borders.map((b) => getCountry(b)).filter((x): x is Country => !!x);
  if (inKb.length === 0) return out;
  const withFr = lang === "fr" ? `avec ${countryTheFr(c)}` : "";
  const nameEn = countryNameEn(c);
  // Prefer a neighbour the article also names: the question then ties back to the story.
  const answerCountry = tiered([inKb.filter((n) => ctx.mentioned.has(n.cca2)), inKb], seedOf(ctx, `nb:${c.cca2}`))[0];
  const notNeighbour = (o: Country) => sharesBorder(c, o) === false;
  // Neighbours of neighbours are the most tempting wrong answers (Mongolia for Kazakhstan).
  const twoHops = inKb.flatMap((n) => n.borders).map((b) => getCountry(b)).filter((x): x is Country => !!x && x.cca2 !== c.cca2 && notNeighbour(x));
  const tiers = [twoHops, ...countryTiers(c, notNeighbour, "nb")];
  const pool = tiered(tiers, seedOf(ctx, `nbd:${c.cca2}`)).map((o) => o.name[lang]);
  const answer = answerCountry.name[lang];
  const all = sortedNames(c.borders, lang);
  const explanation = lang === "fr"
    ? `${capitalise(countryTheFr(c))} ${c.pluralFr ? "ont" : "a"} une frontière terrestre avec : ${all.join(", ")}.`
    : `${capitalise(nameEn)} ${c.pluralEn ? "have" : "has"} land borders with ${listOf(all, "en")}.`;
  const choices = buildChoices(answer, pool, seedOf(ctx, `nbc:${c.cca2}`));
  if (choices) {
    out.push(candidate(ctx, topic, {
      kind: "multiple_choice",
      prompt: lang === "fr"
        ? `Lequel de ces pays partage une frontière terrestre ${withFr} ?`
        : `Which of these countries shares a land border with ${nameEn}?`,
      choices, answer, explanation,
      difficulty: 2, template: "kb.neighbour", validity: { from: null, to: null }, weight: 0.75,
      fact: `neighbours:${c.cca2}`,
    }));
  }
  const trap = tiered([twoHops], seedOf(ctx, `nbt:${c.cca2}`))[0];
  if (trap) {
    const [, faux] = TRUE_FALSE[lang];
    out.push(candidate(ctx, topic, {
      kind: "true_false",
      prompt: lang === "fr"
        ? `Vrai ou faux : ${countryTheFr(c)} ${c.pluralFr ? "partagent" : "partage"} une frontière terrestre avec ${countryTheFr(trap)}.`
        : `True or false: ${nameEn} ${c.pluralEn ? "share" : "shares"} a land border with ${countryNameEn(trap)}.`,
      choices: [...TRUE_FALSE[lang]], answer: faux,
      explanation: (lang === "fr" ? `Faux. ` : `False. `) + explanation,
      difficulty: 2, template: "kb.neighbour-tf", validity: { from: null, to: null }, weight: 0.5,
      fact: `neighbours:${c.cca2}`,
    }));
  }
  return out;
}

// ---------- currency ----------

/** The bare noun ("livre", "dollar", "pound") so the option does not name the country. */
export function bareCurrency(cur: Currency, lang: Lang): string {
  const n = cur[lang];
  if (/^(franc CFA|CFA franc|pound sterling|livre sterling)$/i.test(n)) return n;
  if (lang === "fr") return n.split(" ")[0];
  const words = n.split(" ");
  return words[words.length - 1];
}

function currencyDistractors(ctx: Ctx, c: Country, at: string, answer: string, key: string): string[] {
  // The country's own past and future currencies (the euro for Croatia in 2022) are left out
  // like past capitals: wrong at the date, but a trap rather than a test.
  const tiers = memoTiers(`cur|${c.cca2}|${at}|${ctx.lang}|${answer}`, () => {
    const own = c.currencies.map((cur) => bareCurrency(cur, ctx.lang));
    return countryTiers(c, hasCurrencyQuestion, "cur").map((tier) =>
      tier
        .map((o) => currencyAt(o, at))
        .filter((cur): cur is Currency => !!cur)
        .map((cur) => bareCurrency(cur, ctx.lang))
        .filter((n) => !confusable(n, answer) && !own.some((x) => confusable(x, n))),
    );
  });
  return tiered(tiers, seedOf(ctx, key));
}

export function currencyQuestions(ctx: Ctx, topic: Topic, c: Country): Candidate[] {
  if (c.noCurrencyQuestion) return [];
  const { lang } = ctx;
  const out: Candidate[] = [];
  const ofFr = countryOfFr(c);
  const nameEn = countryNameEn(c);
  const atDate = ctx.dateKnown ? currencyAt(c, ctx.date) : undefined;
  const stable = atDate && !nearChange(c.currencies, ctx.date, CHANGE_MARGIN_DAYS);
  const now = currencyAt(c, KB_AS_OF);
  const since = (cur: Currency) => (cur.from ? (lang === "fr" ? ` depuis le ${formatDay(cur.from, "fr")}` : ` since ${formatDay(cur.from, "en")}`) : "");

  const ask = (cur: Currency, dated: boolean) => {
    const answer = bareCurrency(cur, lang);
    const at = dated ? ctx.date : KB_AS_OF;
    const choices = buildChoices(answer, currencyDistractors(ctx, c, at, answer, `cur:${c.cca2}:${at}`), seedOf(ctx, `curc:${c.cca2}:${at}`));
    if (!choices) return;
    out.push(candidate(ctx, topic, {
      kind: "multiple_choice",
      prompt: dated
        ? (lang === "fr" ? `En ${ctx.month}, quelle était la monnaie ${ofFr} ?` : `In ${ctx.month}, what was the currency of ${nameEn}?`)
        : (lang === "fr" ? `Quelle est la monnaie ${ofFr} ?` : `What is the currency of ${nameEn}?`),
      choices, answer,
      explanation: dated
        ? (lang === "fr"
          ? `En ${ctx.month}, la monnaie ${ofFr} était : ${cur.fr} (${cur.code}), jusqu’au ${formatDay(cur.to!, "fr")}.${now ? ` Depuis : ${now.fr} (${now.code}).` : ""}`
          : `In ${ctx.month}, the currency of ${nameEn} was the ${cur.en} (${cur.code}), until ${formatDay(cur.to!, "en")}.${now ? ` Since then: the ${now.en} (${now.code}).` : ""}`)
        : (lang === "fr"
          ? `Monnaie ${ofFr} : ${cur.fr} (${cur.code})${since(cur)}.`
          : `The currency of ${nameEn} is the ${cur.en} (${cur.code})${since(cur)}.`),
      difficulty: 2, template: dated ? "kb.currency-dated" : "kb.currency",
      validity: validity(cur), weight: cur.code === "EUR" ? 0.35 : 0.6,
      fact: `currency:${c.cca2}:${cur.code}:${cur.from}`,
    }));
  };

  if (stable && atDate && atDate.to === null) {
    ask(atDate, false);
  } else {
    if (stable && atDate && atDate.to) ask(atDate, true);
    if (now && !nearChange(c.currencies, KB_AS_OF, CHANGE_MARGIN_DAYS)) ask(now, false);
  }
  return out;
}
