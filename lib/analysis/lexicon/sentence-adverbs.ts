// Words capitalised only because they open a sentence ("However President Talabani …"): never
// part of a name or of a role (blind reading 11 asked "who was the however president?").
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  "however", "meanwhile", "moreover", "also", "yet", "still", "then", "now", "today", "yesterday", "thus", "instead", "later", "earlier", "finally",
  "cependant", "toutefois", "ensuite", "puis", "enfin", "désormais", "ainsi", "alors", "hier", "aujourd'hui", "aujourd’hui",
]);
