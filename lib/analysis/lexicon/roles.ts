// Role nouns that describe a person next to their name ("le physicien italien Marco Bellini",
// "Union leader Thomas Brennan"). Lower-case; feminine and plural forms listed where they differ.
import type { Language } from "../../generation/contract";

export const ROLE_NOUNS: Record<Language, ReadonlySet<string>> = {
  fr: new Set(
    ("président présidente ministre maire directeur directrice secrétaire physicien physicienne chercheur " +
      "chercheuse porte-parole chef cheffe dirigeant dirigeante syndicaliste économiste gouverneur gouverneure " +
      "général générale préfet préfète député députée sénateur sénatrice juge entraîneur entraîneuse champion " +
      "championne capitaine astronaute ingénieur ingénieure opposant opposante candidat candidate patron patronne " +
      "fondateur fondatrice responsable commissaire ambassadeur ambassadrice procureur procureure avocat avocate " +
      "journaliste médecin professeur professeure politologue historien historienne sociologue climatologue " +
      "délégué déléguée coordinateur coordinatrice homologue adjoint adjointe conseiller conseillère " +
      "vice-président vice-présidente prévisionniste sélectionneur coureur coureuse athlète vainqueur").split(" "),
  ),
  en: new Set(
    ("president governor minister mayor leader economist champion chairman chairwoman chair director spokesman " +
      "spokeswoman spokesperson secretary chief coach captain scientist professor senator judge ambassador " +
      "commissioner manager founder analyst candidate opponent deputy official head prosecutor lawyer " +
      "journalist doctor physicist researcher engineer astronaut forecaster runner athlete winner " +
      "chancellor premier treasurer councillor councilor spokesperson executive ceo").split(" "),
  ),
};

/** Determiners that may start a role phrase; possessives are recognised so they can be skipped. */
export const ROLE_DETS: Record<Language, ReadonlySet<string>> = {
  fr: new Set(["le", "la", "l'", "l’"]),
  en: new Set(["the"]),
};
export const POSSESSIVES: Record<Language, ReadonlySet<string>> = {
  fr: new Set(["son", "sa", "ses", "leur", "leurs", "notre", "nos"]),
  en: new Set(["his", "her", "its", "their", "our"]),
};
