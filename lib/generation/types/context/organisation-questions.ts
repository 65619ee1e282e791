// Questions about one organisation named in the article: acronym expansion and dated membership.
import type { Candidate } from "../../template";
import {
  allCountries, allOrganisations, capitalise, countryNameEn, countryTheFr, formatDay, foldKey,
  KB_AS_OF, membershipStatusAt, membershipsOf, membersAt, nearChange, orgOfFr, orgTheEn, orgTheFr,
  type Country, type Organisation, type Period,
} from "../../knowledge";
import { buildChoices, hash, tiered } from "./choices";
import { candidate, CHANGE_MARGIN_DAYS, listOf, sortedNames, TRUE_FALSE, type Ctx, type Lang } from "./shared";
import type { Topic } from "./salience";

function seedOf(ctx: Ctx, key: string): number {
  return (ctx.seed ^ hash(key)) >>> 0;
}

// ---------- acronym ----------

export function acronymQuestion(ctx: Ctx, topic: Topic, o: Organisation): Candidate[] {
  const { lang } = ctx;
  const acronym = o.acronyms[lang][0];
  if (!acronym || !o.expandable[lang]) return [];
  const answer = o.name[lang];
  const same = allOrganisations().filter((x) => x.id !== o.id && x.kind === o.kind);
  const rest = allOrganisations().filter((x) => x.id !== o.id && x.kind !== o.kind);
  const pool = tiered([same, rest], seedOf(ctx, `acr:${o.id}`)).map((x) => x.name[lang]);
  const choices = buildChoices(answer, pool, seedOf(ctx, `acrc:${o.id}`));
  if (!choices) return [];
  // The article may spell the name out next to the acronym: still useful, but easier.
  const spelled = foldKey(ctx.analysis.text).includes(foldKey(answer));
  return [candidate(ctx, topic, {
    kind: "multiple_choice",
    prompt: lang === "fr" ? `Que signifie le sigle ${acronym} ?` : `What does the acronym ${acronym} stand for?`,
    choices, answer,
    explanation: lang === "fr"
      ? `${acronym} : ${answer}${o.acronyms.en[0] && o.acronyms.en[0] !== acronym ? ` (en anglais ${o.acronyms.en[0]}, ${o.name.en})` : ""}, fondée le ${formatDay(o.founded, "fr")}.`
      : `${acronym}: ${answer}, founded on ${formatDay(o.founded, "en")}.`,
    difficulty: spelled ? 1 : 2, template: "kb.acronym", validity: { from: o.founded, to: null },
    weight: spelled ? 0.55 : 0.75,
    fact: `acronym:${acronym}`,
  })];
}

// ---------- membership ----------

/** The membership record or the gap in which a state's status at a date holds. */
function statusPeriod(o: Organisation, cca2: string, date: string): Period {
  const recs = membershipsOf(o, cca2).sort((a, b) => (a.from ?? "").localeCompare(b.from ?? ""));
  const inRec = recs.find((r) => (r.from === null || date >= r.from) && (r.to === null || date < r.to));
  if (inRec) return { from: inRec.from, to: inRec.to };
  const before = recs.filter((r) => r.to !== null && r.to <= date).pop();
  const after = recs.find((r) => r.from !== null && r.from > date);
  return { from: before?.to ?? o.founded, to: after?.from ?? null };
}

function yearsOf(o: Organisation, cca2: string, lang: Lang): string {
  return membershipsOf(o, cca2)
    .map((r) => `${r.from?.slice(0, 4) ?? "?"}–${r.to ? r.to.slice(0, 4) : lang === "fr" ? "aujourd’hui" : "today"}`)
    .join(", ");
}

/** Safe to name in a dated membership question: clear status, no change near the date. */
function clearAt(o: Organisation, c: Country, date: string): "member" | "non-member" | null {
  const s = membershipStatusAt(o, c.cca2, date);
  if (s !== "member" && s !== "non-member") return null;
  if (nearChange(membershipsOf(o, c.cca2), date, CHANGE_MARGIN_DAYS)) return null;
  return s;
}

/** The countries most readers of each language live in. */
const HOME_COUNTRIES: Record<"fr" | "en", readonly string[]> = { fr: ["FR"], en: ["US", "GB"] };

export function membershipQuestions(ctx: Ctx, topic: Topic, o: Organisation): Candidate[] {
  const { lang, date } = ctx;
  if (!o.membersComplete || !ctx.dateKnown || date < o.founded || date > KB_AS_OF) return [];
  const out: Candidate[] = [];
  const countries = allCountries();
  const members = countries.filter((c) => clearAt(o, c, date) === "member");
  const nonMembers = countries.filter((c) => clearAt(o, c, date) === "non-member");
  if (members.length === 0 || nonMembers.length < 2) return out;

  const ofOrg = lang === "fr" ? orgOfFr(o) : orgTheEn(o);
  const allMembers = membersAt(o, date);
  const memberList = allMembers.length <= 12
    ? (lang === "fr" ? ` : ${sortedNames(allMembers, "fr").join(", ")}` : `: ${listOf(sortedNames(allMembers, "en"), "en")}`)
    : "";
  const roster = lang === "fr"
    ? `En ${ctx.month}, ${orgTheFr(o)} ${o.articleFr === "les" ? "comptaient" : "comptait"} ${allMembers.length} États membres${memberList}.`
    : `In ${ctx.month}, ${orgTheEn(o)} had ${allMembers.length} member states${memberList}.`;

  // Former members are the best wrong answers: they really were members, just not then.
  // A region counts as the members' own where two of them lie: Cyprus alone made Iraq and Armenia
  // "nearby" EU non-members, absurd options (reading 139).
  const memberRegions = new Set(members.map((m) => m.subregion).filter((r, i, all) => all.indexOf(r) !== all.lastIndexOf(r)));
  // Former members left before the date; later members joined after it (both fair wrong answers).
  const former = nonMembers.filter((c) => membershipsOf(o, c.cca2).some((r) => r.to !== null && r.to <= date));
  const later = nonMembers.filter((c) => !former.includes(c) && membershipsOf(o, c.cca2).length > 0);
  const nearby = nonMembers.filter((c) => memberRegions.has(c.subregion));
  // Non-members the article itself names come first: "non-EU states Bosnia, Serbia and Montenegro"
  // beside Hungary asks the student to have read which side each is on (reading 139).
  // Only plausible ones: North Korea, Syria and Ukraine named as topics of a G7 meeting were no
  // members anyone could believe in (reading 166: "answered without reading"); a named country is
  // offered when it was a member at another time or lies where two members lie.
  const named = nonMembers.filter((c) => ctx.mentioned.has(c.cca2) && (former.includes(c) || later.includes(c) || nearby.includes(c)));
  const pool = tiered([named, former, later, nearby, nonMembers], seedOf(ctx, `mem:${o.id}`));
  // Not the readers' own country: any French student knows France is in the G20 or the EU, so
  // « lequel de ces pays était membre du G20 ? — France » tests nothing (readings 15 and 22).
  const away = members.filter((m) => !HOME_COUNTRIES[lang].includes(m.cca2));
  // And a member the article names: another one (« Arabie saoudite » under a French G20 article)
  // is general knowledge that helps read nothing.
  const answerCountry: Country | undefined = tiered([away.filter((m) => ctx.mentioned.has(m.cca2))], seedOf(ctx, `mema:${o.id}`))[0];
  const nm = (c: Country) => c.name[lang];
  const choices = answerCountry ? buildChoices(nm(answerCountry), pool.map(nm), seedOf(ctx, `memc:${o.id}`)) : null;
  if (choices && answerCountry) {
    const wrong = pool.filter((c) => choices.includes(nm(c)));
    const note = (c: Country) => (lang === "fr" ? `${nm(c)} (membre ${yearsOf(o, c.cca2, lang)})` : `${nm(c)} (member ${yearsOf(o, c.cca2, lang)})`);
    const formerNotes = wrong.filter((c) => former.includes(c)).map(note);
    const laterNotes = wrong.filter((c) => later.includes(c)).map(note);
    const since = statusPeriod(o, answerCountry.cca2, date);
    out.push(candidate(ctx, topic, {
      kind: "multiple_choice",
      prompt: lang === "fr"
        ? `En ${ctx.month}, lequel de ces pays était membre ${ofOrg} ?`
        : `In ${ctx.month}, which of these countries was a member of ${ofOrg}?`,
      choices, answer: nm(answerCountry),
      explanation: roster
        + (since.from ? (lang === "fr"
          ? ` ${nm(answerCountry)} : membre depuis le ${formatDay(since.from, "fr")}.`
          : ` ${nm(answerCountry)}: member since ${formatDay(since.from, "en")}.`) : "")
        + (formerNotes.length ? (lang === "fr"
          ? ` Anciens membres qui n’en faisaient plus partie : ${formerNotes.join(", ")}.`
          : ` Former members no longer in it then: ${formerNotes.join(", ")}.`) : "")
        + (laterNotes.length ? (lang === "fr"
          ? ` Devenus membres plus tard : ${laterNotes.join(", ")}.`
          : ` Joined later: ${laterNotes.join(", ")}.`) : ""),
      difficulty: 2, template: "kb.membership", validity: { from: since.from, to: since.to }, weight: 0.9,
      fact: `membership:${o.id}:${date.slice(0, 7)}`,
    }));
  }

  // True/false: a former member at the article date (Uzbekistan and the CSTO in 2022), else a
  // mentioned member.
  // The most recent former member makes the sharpest trap.
  const lastExit = (c: Country) => membershipsOf(o, c.cca2).map((r) => r.to ?? "").sort().pop() ?? "";
  const trap = [...former].sort((a, b) => lastExit(b).localeCompare(lastExit(a)))[0];
  const subject = trap ?? answerCountry;
  if (!subject) return out;
  const isMember = !trap;
  const [vrai, faux] = TRUE_FALSE[lang];
  const p = statusPeriod(o, subject.cca2, date);
  const the = lang === "fr" ? countryTheFr(subject) : countryNameEn(subject);
  out.push(candidate(ctx, topic, {
    kind: "true_false",
    prompt: lang === "fr"
      ? `Vrai ou faux : en ${ctx.month}, ${the} ${subject.pluralFr ? "étaient" : "était"} membre${subject.pluralFr ? "s" : ""} ${ofOrg}.`
      : `True or false: in ${ctx.month}, ${the} ${subject.pluralEn ? "were" : "was"} a member of ${ofOrg}.`,
    choices: [vrai, faux], answer: isMember ? vrai : faux,
    explanation: (lang === "fr" ? `${isMember ? "Vrai" : "Faux"}. ` : `${isMember ? "True" : "False"}. `)
      + (isMember
        ? (lang === "fr" ? `${capitalise(the)} en ${subject.pluralFr ? "sont membres" : "est membre"} depuis le ${formatDay(p.from ?? o.founded, "fr")}. ` : `${capitalise(the)} has been a member since ${formatDay(p.from ?? o.founded, "en")}. `)
        : (lang === "fr" ? `${capitalise(the)} a été membre (${yearsOf(o, subject.cca2, lang)}), mais pas en ${ctx.month}. ` : `${capitalise(the)} was a member (${yearsOf(o, subject.cca2, lang)}), but not in ${ctx.month}. `))
      + roster,
    difficulty: isMember ? 2 : 3, template: "kb.membership-tf", validity: { from: p.from, to: p.to }, weight: isMember ? 0.5 : 0.75,
    fact: `membership:${o.id}:${date.slice(0, 7)}`,
  }));
  return out;
}

