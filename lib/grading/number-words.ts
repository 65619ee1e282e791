// Cardinal numbers written in words, French and English ("deux mille trente", "twenty-one").
// Input tokens are already lower-case, accent-free and split on spaces and hyphens.

const UNITS: Record<string, number> = {
  zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

const TENS: Record<string, number> = {
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  // Belgian and Swiss French.
  septante: 70, huitante: 80, octante: 80, nonante: 90,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const HUNDRED = new Set(["cent", "cents", "hundred", "hundreds"]);

const SCALES: Record<string, number> = {
  mille: 1e3, thousand: 1e3, thousands: 1e3,
  million: 1e6, millions: 1e6,
  milliard: 1e9, milliards: 1e9,
  billion: 1e9, billions: 1e9,
};

const CONJUNCTIONS = new Set(["et", "and"]);
/** English "a"/"an" count as one only before a multiplier: "a hundred", "a million". */
const INDEFINITE = new Set(["a", "an"]);

export function isNumberWord(token: string): boolean {
  return (
    token in UNITS || token in TENS || HUNDRED.has(token) || token in SCALES ||
    CONJUNCTIONS.has(token) || INDEFINITE.has(token)
  );
}

/**
 * Reads the longest run of number words at the start of `tokens`.
 * Returns the value and how many tokens it used, or null when the run is empty or malformed
 * ("deux trois"). French "billion" is 10^12, so the caller passes the language's scale.
 */
export function readNumberWords(
  tokens: string[],
  billion: number,
): { value: number; used: number } | null {
  let total = 0;
  let current = 0;
  let used = 0;
  let sawNumber = false;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i];
    const next = tokens[i + 1];
    if (CONJUNCTIONS.has(w)) {
      // Only inside a number: "vingt et un", "one hundred and five".
      if (!sawNumber || next === undefined || !isValueWord(next)) break;
      used = i + 1;
      continue;
    }
    if (INDEFINITE.has(w)) {
      if (sawNumber || next === undefined || !(HUNDRED.has(next) || next in SCALES)) break;
      current = 1;
    } else if (w in UNITS) {
      const v = UNITS[w];
      const tail = current % 100;
      if (v < 10 && !(current % 10 === 0 && (tail < 11 || tail > 19))) return null;
      if (v >= 10 && ![0, 60, 80].includes(tail)) return null;
      current += v;
    } else if (w in TENS) {
      const v = TENS[w];
      if (v === 20 && current % 100 === 4) current += 76; // quatre-vingt(s) = 4 × 20
      else if (current % 100 === 0) current += v;
      else return null;
    } else if (HUNDRED.has(w)) {
      if (current >= 100) return null;
      current = (current === 0 ? 1 : current) * 100;
    } else if (w in SCALES) {
      const scale = w.startsWith("billion") ? billion : SCALES[w];
      total += (current === 0 ? 1 : current) * scale;
      current = 0;
    } else {
      break;
    }
    sawNumber = true;
    used = i + 1;
  }
  if (!sawNumber) return null;
  return { value: total + current, used };
}

function isValueWord(w: string): boolean {
  return w in UNITS || w in TENS;
}

/** French approximate nouns: "une dizaine de", "un millier de". */
export const APPROXIMATE_NOUNS: Record<string, number> = {
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40,
  cinquantaine: 50, soixantaine: 60, centaine: 100, millier: 1000,
};
