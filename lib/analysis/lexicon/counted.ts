// What a figure counts, by its unit noun (folded): people, whose number is what a news reader
// retains (a toll, a crew, jobs), money, or a physical measure (a length, a mass), rarely the news.
/** Counted people, folded: "personnes", "victims", "jobs", « salariés ». */
export const HUMAN_UNITS = /^(?:personnes?|morts?|blesses?|victimes?|habitants?|eleves?|enfants?|salaries?|emplois?|postes?|militaires?|soldats?|policiers?|gendarmes?|pompiers?|secouristes?|membres?|passagers?|marins?|pecheurs?|visiteurs?|spectateurs?|manifestants?|refugies?|migrants?|patients?|malades?|deces|medecins?|otages?|detenus?|athletes?|joueurs?|electeurs?|voix|people|persons?|dead|deaths?|killed|injured|victims?|residents?|students?|children|workers?|employees?|jobs?|troops?|soldiers?|police|officers?|firefighters?|members?|passengers?|crew|sailors?|visitors?|spectators?|protesters?|refugees?|migrants?|patients?|cases?|doctors?|hostages?|prisoners?|athletes?|players?|voters?|votes?)$/;
/** The human toll of an event, folded: the figure a reader of an accident, a disaster or an attack retains first. */
export const TOLL_UNITS = /^(?:morts?|tues?|blesses?|victimes?|deces|disparus?|dead|deaths?|killed|injured|wounded|victims?|missing|casualties|fatalities)$/;
/** Physical measures, folded: a length, a mass, an area. */
export const MEASURE_UNITS = /^(?:m|metres?|meters?|cm|mm|km|kilometres?|kilometers?|kg|kilos?|kilogrammes?|grammes?|g|tonnes?|t|tons?|litres?|liters?|l|hectares?|ha|pieds?|feet|foot|ft|inch(?:es)?|pounds?|lbs?|acres?|miles?|m2|m3|km2)$/;
/** Currencies written after the figure, folded: « 400 000 euros », "5 million dollars". */
export const MONEY_UNITS = /^(?:euros?|dollars?|francs?|livres?|pounds?|yens?|yuans?)$/;
