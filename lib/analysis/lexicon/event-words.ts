// Words that name one kind of news event, in French and English: a headline says « chute » where
// the article says « est tombée », "blaze" where it says "fire". Read by their stem (importance.ts),
// each word stands for its kind, so a sentence telling the headline's event in other words is seen
// to tell it (reading 185: « La montgolfière est tombée en pleine manœuvre » under « une montgolfière
// chute »). Only words whose news sense is the common one; "fell" (a fall or a price) is left out.
import { foldWords } from "../fold";

const KINDS: Record<string, string[]> = {
  fall: ["chute", "chutes", "chuter", "chuté", "chutée", "tombé", "tombée", "tombés", "tombées", "tomber", "plunged", "plunge", "plummeted"],
  death: ["mort", "morts", "morte", "mortes", "meurt", "meurent", "mourir", "décès", "décédé", "décédée", "décédés", "décède", "tué", "tuée", "tués", "tuées", "péri", "périt",
    "died", "dies", "dead", "death", "deaths", "killed", "kills", "killing"],
  fire: ["incendie", "incendies", "feu", "feux", "flammes", "embrasé", "fire", "fires", "blaze", "blazes", "flames", "burned", "burnt"],
  robbery: ["braquage", "braquages", "braqué", "braquée", "braquer", "braqueurs", "cambriolage", "cambriolé", "cambriolée", "hold-up", "robbery", "robbed", "heist", "burglary", "burgled"],
  rescue: ["save", "sauver", "secouru", "secourus", "secourue", "secourues", "sauvé", "sauvés", "sauvée", "sauvetage", "hélitreuillé", "hélitreuillés", "hélitreuillée", "rescue", "rescued", "rescues", "saved"],
  // "carries Stenson to Wyndham title" (reading 191): a title in a headline is a win.
  win: ["victoire", "gagne", "gagné", "gagnée", "remporte", "remporté", "remportée", "vainqueur", "titre", "sacre", "sacré", "sacrée", "win", "wins", "won", "victory", "winner", "triumphs", "triumphed", "title"],
  arrest: ["arrêté", "arrêtés", "arrêtée", "interpellé", "interpellés", "interpellée", "interpellation", "arrestation", "arrested", "arrest", "arrests", "detained"],
  quake: ["séisme", "séismes", "tremblement", "secousse", "earthquake", "earthquakes", "quake", "quakes", "tremor"],
  crash: ["accident", "collision", "percuté", "percutée", "écrasé", "écrasée", "crash", "crashed", "collided", "collision"],
  // Not "strike" alone: a lightning strike, an air strike.
  strike: ["grève", "grèves", "grévistes", "débrayage", "walkout", "strikers"],
  flood: ["inondation", "inondations", "inondé", "inondée", "inondés", "crue", "crues", "flood", "floods", "flooding", "flooded"],
  storm: ["tempête", "orage", "orages", "ouragan", "storm", "storms", "hurricane", "cyclone", "typhoon"],
  injury: ["blessé", "blessés", "blessée", "blessées", "blessures", "injured", "injuries", "wounded"],
  missing: ["disparu", "disparus", "disparue", "disparition", "missing", "disappeared"],
  escape: ["évadé", "évadée", "évasion", "évadés", "escaped", "escape", "escapes", "escapee"],
};

/** Stem of a word → the kind of event it names. Built with the caller's stemmer. */
export function eventKinds(stem: (w: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [kind, words] of Object.entries(KINDS)) for (const w of words) out.set(stem(foldWords(w)), kind);
  return out;
}
