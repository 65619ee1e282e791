// Small, curated stopword lists. They serve three jobs: language detection (ratio of hits),
// RAKE phrase boundaries and "is this capitalised word just a sentence-initial function word".
import type { Language } from "../../generation/contract";

export const STOPWORDS: Record<Language, ReadonlySet<string>> = {
  fr: new Set(
    (
      "le la les l un une des du de d au aux a à et ou mais donc or ni car que qu qui quoi dont où " +
      "ce cet cette ces c ça cela ceci se s sa son ses leur leurs mon ma mes ton ta tes notre nos votre vos " +
      "il elle ils elles on nous vous je j tu me m te t lui y en ne n pas plus moins très trop " +
      "est sont été être était étaient sera seront avait avaient ont ai as avons avez eu " +
      "dans sur sous pour par avec sans chez entre vers depuis pendant lors contre selon après avant " +
      "aussi encore déjà toujours ainsi alors comme si tout tous toute toutes autre autres même " +
      "fait faire peut doit dont lequel laquelle lesquels quel quelle quels quelles " +
      "jusqu lorsqu puisqu quoiqu puis bien ici là"
    ).split(" "),
  ),
  en: new Set(
    (
      "the a an of and or but to in on at by for with from as into onto than then that this these those " +
      "is are was were be been being am has have had do does did will would shall should can could may might must " +
      "it its he she they them his her their him we us our you your i me my not no nor so if " +
      "which who whom whose what when where why how all any both each few more most other some such " +
      "only own same too very just also about over after before under again further once here there " +
      "up down out off while during since until per s"
    ).split(" "),
  ),
};

/** Words typical of other languages, to reject Spanish, German, Italian, Portuguese… text. */
export const FOREIGN_STOPWORDS: Record<string, ReadonlySet<string>> = {
  es: new Set("el los las y del por con una es para se al lo como pero sus fue han este esta".split(" ")),
  de: new Set("der die und das ist nicht mit ein eine zu den von sich auch auf für dem des im wurde".split(" ")),
  it: new Set("il di che è per gli della non sono con una nel alla dei delle anche come più".split(" ")),
  pt: new Set("o os do da não uma com para são em dos das ao pelo pela mais foi também".split(" ")),
  nl: new Set("de het een en van is niet dat op te zijn met voor ook aan er maar".split(" ")),
};

/** Elided French words, written without the apostrophe. */
export const FR_ELISIONS: ReadonlySet<string> = new Set(
  "l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu".split(" "),
);
