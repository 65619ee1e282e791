// Country names a typo away from another country. A free-text question has no wrong choices
// to compare with, so without this list "Iran" would pass as a typo of "Irak".
// Each group lists different countries; each country lists its French and English names
// (which must never count against each other: "Iraq" is a fine answer for "Irak").
// Forms are compact normalised (see normalise.ts): lower-case, no accents, spaces or apostrophes.

const GROUPS: string[][][] = [
  [["iran"], ["irak", "iraq"]],
  [["autriche", "austria"], ["australie", "australia"]],
  [["niger"], ["nigeria"]],
  [["gambie", "gambia"], ["zambie", "zambia"]],
  [["slovenie", "slovenia"], ["slovaquie", "slovakia"]],
  [["lettonie", "latvia"], ["lituanie", "lithuania"]],
  [["guinee", "guinea"], ["guyane"], ["guyana"]],
  [["mali"], ["malte", "malta"], ["malawi"]],
  [["armenie", "armenia"], ["albanie", "albania"]],
  [["paraguay"], ["uruguay"]],
  [["suede", "sweden"], ["suisse"]],
  [["mauritanie", "mauritania"], ["maurice", "mauritius"]],
  [["dominique", "dominica"], ["dominicaine"]],
];

const INDEX = new Map<string, string[]>();
for (const group of GROUPS) {
  for (const country of group) {
    const others = group.filter((c) => c !== country).flat();
    for (const name of country) INDEX.set(name, others);
  }
}

/** Names of other countries easily mistaken for `compactForm`: "irak" → ["iran"]. */
export function confusablesOf(compactForm: string): string[] {
  return INDEX.get(compactForm) ?? [];
}
