// Every sentence frame the generator writes, in French and English, in one place.
import type { Language } from "./contract";

type Frame = (x: string) => string;

export const PHRASES: Record<Language, {
  cloze: Record<"number" | "date" | "person" | "place" | "org", Frame>;
  fillBlank: Frame;
  missingNumber: Frame;
  trueFalse: Frame;
  tfLabels: [string, string];
  tfTrue: string;
  tfFalse: (orig: string, swap: string) => string;
  quote: Frame;
  /** Written answer: a role (« le ministre ») would also answer "who", so the name is asked for (reading 12). */
  quoteName: Frame;
  role: Frame;
  acronym: Frame;
  acronymReverse: Frame;
  ordering: string;
  explain: Frame;
  /** Who said the quote, in a sentence of its own, then the evidence. */
  quoteExplain: (who: string, evidence: string) => string;
  orderingExplain: Frame;
  acronymExplain: (acr: string, exp: string) => string;
}> = {
  fr: {
    cloze: {
      number: (x) => `Complétez avec le bon nombre : ${x}`,
      date: (x) => `Complétez avec la bonne date : ${x}`,
      person: (x) => `Complétez avec le bon nom : ${x}`,
      place: (x) => `Complétez avec le bon lieu : ${x}`,
      org: (x) => `Complétez avec la bonne organisation : ${x}`,
    },
    fillBlank: (x) => `Complétez la phrase de l'article : ${x}`,
    missingNumber: (x) => `Quel nombre manque dans cette phrase de l'article : ${x} ?`,
    trueFalse: (x) => `Vrai ou faux ? D'après l'article : ${x}`,
    tfLabels: ["Vrai", "Faux"],
    tfTrue: "Vrai : c'est ce qu'indique l'article.",
    tfFalse: (o, s) => `Faux : l'article indique « ${o} », et non « ${s} ».`,
    quote: (x) => `Qui a déclaré : ${x} ?`,
    quoteName: (x) => `Quel est le nom de la personne qui a déclaré : ${x} ?`,
    // Offices change hands: the question asks who held the role when the article was written.
    role: (x) => `D'après l'article, qui était ${x} au moment des faits ?`,
    acronym: (x) => `Que signifie le sigle ${x} ?`,
    acronymReverse: (x) => `Quel sigle désigne ${x} ?`,
    ordering: "Remettez ces événements dans l'ordre chronologique, du plus ancien au plus récent.",
    explain: (x) => `L'article indique : ${x}`,
    quoteExplain: (who, x) => `C'est ${who} qui l'a déclaré. L'article indique : ${x}`,
    orderingExplain: (x) => `Dans l'ordre : ${x}.`,
    acronymExplain: (a, e) => `${a} est le sigle de : ${e}.`,
  },
  en: {
    cloze: {
      number: (x) => `Fill in the right number: ${x}`,
      date: (x) => `Fill in the right date: ${x}`,
      person: (x) => `Fill in the right name: ${x}`,
      place: (x) => `Fill in the right place: ${x}`,
      org: (x) => `Fill in the right organisation: ${x}`,
    },
    fillBlank: (x) => `Complete the sentence from the article: ${x}`,
    missingNumber: (x) => `Which number is missing from this sentence of the article: ${x}?`,
    trueFalse: (x) => `True or false? According to the article: ${x}`,
    tfLabels: ["True", "False"],
    tfTrue: "True: this is what the article says.",
    tfFalse: (o, s) => `False: the article says “${o}”, not “${s}”.`,
    quote: (x) => `Who said: ${x}?`,
    quoteName: (x) => `What is the name of the person who said: ${x}?`,
    role: (x) => `According to the article, who was ${x} at the time?`,
    acronym: (x) => `What does ${x} stand for?`,
    acronymReverse: (x) => `Which acronym stands for ${x}?`,
    ordering: "Put these events in chronological order, earliest first.",
    explain: (x) => `The article says: ${x}`,
    quoteExplain: (who, x) => `${who} said it. The article says: ${x}`,
    orderingExplain: (x) => `In order: ${x}.`,
    acronymExplain: (a, e) => `${a} stands for ${e}.`,
  },
};
