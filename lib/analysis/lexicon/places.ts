// Small place gazetteer: enough to type common places and to pick plausible, grammatical
// distractors ("au Kazakhstan" / "en Russie"). Article-internal cues type the rest.

/** French gender/number of a country name: m, f, pl; "0" = used without article (Cuba, Israël). */
export type FrGender = "m" | "f" | "pl" | "0";

export interface CountryEntry {
  fr: string;
  en: string;
  g: FrGender;
  /** Region tag for plausibility (distractors from the same region first). */
  r: string;
}

const C = (fr: string, en: string, g: FrGender, r: string): CountryEntry => ({ fr, en, g, r });

export const COUNTRIES: readonly CountryEntry[] = [
  C("France", "France", "f", "weu"), C("Allemagne", "Germany", "f", "weu"), C("Belgique", "Belgium", "f", "weu"),
  C("Suisse", "Switzerland", "f", "weu"), C("Pays-Bas", "the Netherlands", "pl", "weu"), C("Autriche", "Austria", "f", "weu"),
  C("Luxembourg", "Luxembourg", "m", "weu"), C("Royaume-Uni", "the United Kingdom", "m", "neu"), C("Irlande", "Ireland", "f", "neu"),
  C("Espagne", "Spain", "f", "seu"), C("Portugal", "Portugal", "m", "seu"), C("Italie", "Italy", "f", "seu"),
  C("Grèce", "Greece", "f", "seu"), C("Suède", "Sweden", "f", "neu"), C("Norvège", "Norway", "f", "neu"),
  C("Finlande", "Finland", "f", "neu"), C("Danemark", "Denmark", "m", "neu"), C("Pologne", "Poland", "f", "eeu"),
  C("Hongrie", "Hungary", "f", "eeu"), C("Roumanie", "Romania", "f", "eeu"), C("Ukraine", "Ukraine", "f", "eeu"),
  C("Biélorussie", "Belarus", "f", "eeu"), C("Russie", "Russia", "f", "eeu"), C("Moldavie", "Moldova", "f", "eeu"),
  C("Kazakhstan", "Kazakhstan", "m", "cas"), C("Kirghizstan", "Kyrgyzstan", "m", "cas"), C("Tadjikistan", "Tajikistan", "m", "cas"),
  C("Ouzbékistan", "Uzbekistan", "m", "cas"), C("Turkménistan", "Turkmenistan", "m", "cas"), C("Arménie", "Armenia", "f", "was"),
  C("Azerbaïdjan", "Azerbaijan", "m", "was"), C("Géorgie", "Georgia", "f", "was"), C("Turquie", "Turkey", "f", "was"),
  C("Iran", "Iran", "m", "sas"), C("Irak", "Iraq", "m", "was"), C("Syrie", "Syria", "f", "was"), C("Liban", "Lebanon", "m", "was"),
  C("Israël", "Israel", "0", "was"), C("Jordanie", "Jordan", "f", "was"), C("Arabie saoudite", "Saudi Arabia", "f", "was"),
  C("Afghanistan", "Afghanistan", "m", "sas"), C("Sri Lanka", "Sri Lanka", "m", "sas"), C("Pakistan", "Pakistan", "m", "sas"), C("Inde", "India", "f", "sas"),
  C("Chine", "China", "f", "eas"), C("Mongolie", "Mongolia", "f", "eas"), C("Japon", "Japan", "m", "eas"),
  C("Corée du Sud", "South Korea", "f", "eas"), C("Vietnam", "Vietnam", "m", "sea"), C("Thaïlande", "Thailand", "f", "sea"),
  C("Indonésie", "Indonesia", "f", "sea"), C("Philippines", "the Philippines", "pl", "sea"),
  C("Australie", "Australia", "f", "oce"), C("Nouvelle-Zélande", "New Zealand", "f", "oce"),
  C("États-Unis", "the United States", "pl", "nam"), C("Canada", "Canada", "m", "nam"), C("Mexique", "Mexico", "m", "cam"),
  C("Brésil", "Brazil", "m", "sam"), C("Argentine", "Argentina", "f", "sam"), C("Chili", "Chile", "m", "sam"),
  C("Colombie", "Colombia", "f", "sam"), C("Pérou", "Peru", "m", "sam"), C("Venezuela", "Venezuela", "m", "sam"),
  C("Cuba", "Cuba", "0", "cam"), C("Haïti", "Haiti", "0", "cam"),
  C("Maroc", "Morocco", "m", "naf"), C("Algérie", "Algeria", "f", "naf"), C("Tunisie", "Tunisia", "f", "naf"),
  C("Égypte", "Egypt", "f", "naf"), C("Libye", "Libya", "f", "naf"), C("Sénégal", "Senegal", "m", "waf"),
  C("Mali", "Mali", "m", "waf"), C("Niger", "Niger", "m", "waf"), C("Nigeria", "Nigeria", "m", "waf"),
  C("Côte d’Ivoire", "Côte d’Ivoire", "f", "waf"), C("Ghana", "Ghana", "m", "waf"), C("Cameroun", "Cameroon", "m", "maf"),
  C("Kenya", "Kenya", "m", "eaf"), C("Éthiopie", "Ethiopia", "f", "eaf"), C("Ouganda", "Uganda", "m", "eaf"),
  C("Tanzanie", "Tanzania", "f", "eaf"), C("Afrique du Sud", "South Africa", "f", "saf"), C("Madagascar", "Madagascar", "0", "eaf"),
];

/** Country abbreviations, matched case-sensitively ("US" the country, never "us"). */
export const COUNTRY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  US: "United States", USA: "United States", "U.S.": "United States", UK: "United Kingdom", "U.K.": "United Kingdom",
  UAE: "United Arab Emirates", EAU: "Émirats arabes unis", RDC: "République démocratique du Congo", DRC: "Democratic Republic of the Congo",
};

/** Cities (French / English names, country region tag). */
export const CITIES: ReadonlyArray<{ fr: string; en: string; r: string }> = [
  ["Paris", "Paris", "weu"], ["Lyon", "Lyon", "weu"], ["Marseille", "Marseille", "weu"], ["Toulouse", "Toulouse", "weu"],
  ["Nice", "Nice", "weu"], ["Nantes", "Nantes", "weu"], ["Strasbourg", "Strasbourg", "weu"], ["Bordeaux", "Bordeaux", "weu"],
  ["Lille", "Lille", "weu"], ["Montpellier", "Montpellier", "weu"], ["Nîmes", "Nîmes", "weu"], ["Alès", "Alès", "weu"],
  ["Rennes", "Rennes", "weu"], ["Grenoble", "Grenoble", "weu"], ["Kourou", "Kourou", "sam"],
  ["Bruxelles", "Brussels", "weu"], ["Genève", "Geneva", "weu"], ["Berlin", "Berlin", "weu"], ["Munich", "Munich", "weu"],
  ["Darmstadt", "Darmstadt", "weu"], ["Francfort", "Frankfurt", "weu"], ["Vienne", "Vienna", "weu"], ["Amsterdam", "Amsterdam", "weu"],
  ["Londres", "London", "neu"], ["Dublin", "Dublin", "neu"], ["Édimbourg", "Edinburgh", "neu"], ["Stockholm", "Stockholm", "neu"],
  ["Oslo", "Oslo", "neu"], ["Helsinki", "Helsinki", "neu"], ["Copenhague", "Copenhagen", "neu"],
  ["Madrid", "Madrid", "seu"], ["Barcelone", "Barcelona", "seu"], ["Lisbonne", "Lisbon", "seu"], ["Rome", "Rome", "seu"],
  ["Milan", "Milan", "seu"], ["Athènes", "Athens", "seu"], ["Varsovie", "Warsaw", "eeu"], ["Prague", "Prague", "eeu"],
  ["Budapest", "Budapest", "eeu"], ["Bucarest", "Bucharest", "eeu"], ["Kiev", "Kyiv", "eeu"], ["Minsk", "Minsk", "eeu"],
  ["Moscou", "Moscow", "eeu"], ["Saint-Pétersbourg", "St Petersburg", "eeu"],
  ["Almaty", "Almaty", "cas"], ["Astana", "Astana", "cas"], ["Noursoultan", "Nur-Sultan", "cas"], ["Bichkek", "Bishkek", "cas"],
  ["Tachkent", "Tashkent", "cas"], ["Douchanbé", "Dushanbe", "cas"], ["Achgabat", "Ashgabat", "cas"], ["Chymkent", "Shymkent", "cas"],
  ["Erevan", "Yerevan", "was"], ["Bakou", "Baku", "was"], ["Tbilissi", "Tbilisi", "was"], ["Ankara", "Ankara", "was"],
  ["Istanbul", "Istanbul", "was"], ["Téhéran", "Tehran", "sas"], ["Bagdad", "Baghdad", "was"], ["Beyrouth", "Beirut", "was"],
  ["Jérusalem", "Jerusalem", "was"], ["Damas", "Damascus", "was"], ["Pékin", "Beijing", "eas"], ["Shanghai", "Shanghai", "eas"],
  ["Tokyo", "Tokyo", "eas"], ["Séoul", "Seoul", "eas"], ["Hong Kong", "Hong Kong", "eas"], ["New Delhi", "New Delhi", "sas"],
  ["Bombay", "Mumbai", "sas"], ["Sydney", "Sydney", "oce"], ["Melbourne", "Melbourne", "oce"],
  ["New York", "New York", "nam"], ["Washington", "Washington", "nam"], ["Los Angeles", "Los Angeles", "nam"],
  ["Chicago", "Chicago", "nam"], ["Boston", "Boston", "nam"], ["Montréal", "Montreal", "nam"], ["Québec", "Quebec City", "nam"],
  ["Ottawa", "Ottawa", "nam"], ["Toronto", "Toronto", "nam"], ["Mexico", "Mexico City", "cam"],
  ["Rio de Janeiro", "Rio de Janeiro", "sam"], ["São Paulo", "São Paulo", "sam"], ["Buenos Aires", "Buenos Aires", "sam"],
  ["Le Caire", "Cairo", "naf"], ["Alger", "Algiers", "naf"], ["Tunis", "Tunis", "naf"], ["Rabat", "Rabat", "naf"],
  ["Casablanca", "Casablanca", "naf"], ["Dakar", "Dakar", "waf"], ["Abidjan", "Abidjan", "waf"], ["Lagos", "Lagos", "waf"],
  ["Nairobi", "Nairobi", "eaf"], ["Addis-Abeba", "Addis Ababa", "eaf"], ["Johannesburg", "Johannesburg", "saf"],
].map(([fr, en, r]) => ({ fr, en, r }));

/** Words that make a capitalised run a place ("Saint-Jean-du-Gard", "Port Alder", "Lake Placid"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set(
  ("Saint Sainte Port Lake Mount Mont Cap Cape Fort Île Isle River Gulf Golfe Mer Sea Bay Baie Vallée Valley " +
    "Place Rue Avenue Boulevard Quai Square Street Road Park Parc")
    .split(" "),
);

/**
 * Rivers and bodies of water, by first word ("Lake Erie", "Lac Léman") or last word ("Patapsco
 * River", "Chesapeake Bay"): typed apart so a river is never offered among cities or people.
 */
export const WATER_HEADS: ReadonlySet<string> = new Set(
  "Lake Lac Loch Gulf Golfe Bay Baie Mer Étang Canal Fleuve Rivière Ocean Océan Estuaire".split(" "),
);
export const WATER_TAILS: ReadonlySet<string> = new Set(
  "River Lake Sea Ocean Bay Gulf Creek Canal Strait Straits Estuary Reservoir Lagoon Fjord".split(" "),
);
/** Lower-case nouns that put a water name right after them: "le fleuve Rhône", "the river Thames". */
export const WATER_CUES: ReadonlySet<string> = new Set("fleuve rivière lac river lake".split(" "));

/** Mountains and volcanoes: "Mount Etna", "Mont Blanc", "Rocky Mountains", "Fuji Volcano". */
export const MOUNTAIN_HEADS: ReadonlySet<string> = new Set("Mount Mont Pic Piz Monte".split(" "));
export const MOUNTAIN_TAILS: ReadonlySet<string> = new Set("Mountain Mountains Volcano Peak Range Massif".split(" "));
/**
 * Other landforms, by last word ("Gale Crater", "Grand Canyon", "Sahara Desert") or first word
 * (« Désert du Sahara »): natural features typed with the mountains, never taken for a person.
 */
export const LANDFORM_TAILS: ReadonlySet<string> = new Set(
  "Crater Canyon Desert Glacier Plateau Ridge Hills Cliffs Falls Forest Peninsula Basin Archipelago Islands Island Atoll Reef Delta Dunes".split(" "),
);
export const LANDFORM_HEADS: ReadonlySet<string> = new Set("Cratère Canyon Désert Glacier Plateau Forêt Péninsule Archipel Atoll Delta".split(" "));

/** Last words that make a capitalised run a site inside a town ("Eyre Square", "Spanish Arch"). */
export const SITE_TAILS: ReadonlySet<string> = new Set(
  ("Square Street Road Park Parc Quarter Arch Bridge Pont Station Gare Avenue Lane Harbour Harbor Airport " +
    "Aéroport Gardens Market Stadium Stade Castle Cathedral Cathédrale Hall Plaza Boulevard Quai").split(" "),
);

/**
 * Last words no one's surname ends on, which make a run a site whatever the word before it:
 * "Ebrington Barracks" (reading 174), "between Rich Passage and Colman Dock" (reading 176), all
 * three typed as people.
 */
export const SITE_ONLY_TAILS: ReadonlySet<string> = new Set(
  // "El Tovar Lodge" (reading 189: "Lodge" offered as a speaker): lodgings name a building.
  "Barracks Museum Gallery Prison Caserne Musée Dock Docks Pier Wharf Terminal Passage Airport Aéroport Cathedral Cathédrale Stadium Lodge Motel Hostel".split(" "),
);

/** Capitalised words that are not places even after "à" / "in": "l'accès à Internet". */
export const NOT_PLACES: ReadonlySet<string> = new Set(
  ("Internet Web Facebook Twitter Instagram TikTok YouTube Google Netflix WhatsApp Telegram Noël Pâques " +
    "Christmas Easter Bourse Premier Première").split(" "),
);

/**
 * Capitalised words that never make a run a person's name (compass points, generic nouns of
 * company and body names): "Transport Focus North", "Coastal Rail", "Rail Workers".
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  ("North South East West Northern Southern Eastern Western Central New Old Great Grand Upper Lower Royal " +
    "National International Regional Coastal Rail Railway Railways Transport Focus Workers Commuters Arts " +
    "Airlines Airways Energy Media Motors Holdings Partners Group Network Networks Trust Authority Board " +
    "Festival Lantern Marathon Club Team Nord Sud Est Ouest Protéines " +
    // A verb no name holds: "Caesar Must Die" is a film (reading 66: offered as a speaker).
    "Must Should Would Could Shall Cannot Is Are Was Were Who").split(" "),
);

/** Words that make a capitalised run an organisation. */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  ("Organisation Organization Union Agence Agency Centre Center Commission Committee Comité Conseil Council " +
    "Bank Banque Fédération Federation Association Alliance Parti Party Ministère Ministry Assemblée Assembly " +
    "Parlement Parliament Sénat Senate Cour Court Tribunal Institut Institute Université University Fondation " +
    "Foundation Syndicat Société Company Group Groupe Unit Unité Office Service Services Corporation Inc Ltd " +
    "Department Département Forces Army Armée Police Gendarmerie Kremlin Congrès Congress Nations Fund Fonds " +
    "Rail Railway Railways Airlines Airways Trust Authority Board Network Ordre " +
    // "British Geological Survey" offered among people under "who explained …?" (reading 49).
    "Survey Observatory Observatoire Laboratory Laboratoire Bureau Administration " +
    // "Coast Guard", "Coast Guard Sector" typed as people (reading 118).
    "Guard Navy Corps Patrol Marines Sector")
    .split(" "),
);
