// Names of real organisations, used only as wrong expansions of an acronym.
import type { Language } from "../contract";

export const ORG_NAMES: Record<Language, readonly string[]> = {
  fr: [
    "Organisation des Nations unies", "Organisation mondiale de la santé", "Organisation du traité de l'Atlantique nord",
    "Organisation de coopération de Shanghai", "Organisation mondiale du commerce", "Organisation internationale du travail",
    "Organisation pour la sécurité et la coopération en Europe", "Agence internationale de l'énergie atomique",
    "Agence européenne pour l'environnement", "Agence nationale de la recherche", "Agence française de développement",
    "Fonds monétaire international", "Banque centrale européenne", "Communauté des États indépendants",
    "Union économique eurasiatique", "Union européenne", "Union africaine", "Union des associations européennes de football",
    "Centre national de la recherche scientifique", "Centre européen de prévision météorologique",
    "Centre régional opérationnel de surveillance et de sauvetage", "Conseil de l'Europe", "Cour pénale internationale",
    "Confédération générale du travail", "Confédération française démocratique du travail",
    "Institut national de la statistique et des études économiques", "Office national des forêts",
    "Comité international olympique", "Direction générale de la sécurité civile", "Syndicat national des transports publics",
    "Union nationale des syndicats autonomes", "Fédération nationale des transports routiers",
  ],
  en: [
    "United Nations", "World Health Organization", "North Atlantic Treaty Organization", "International Monetary Fund",
    "World Trade Organization", "European Central Bank", "Federal Reserve Board", "International Olympic Committee",
    "World Anti-Doping Agency", "International Labour Organization", "National Aeronautics and Space Administration",
    "Federal Emergency Management Agency", "Organisation for Economic Co-operation and Development", "International Energy Agency",
    "Securities and Exchange Commission", "Federal Election Commission", "Electoral Reform Society",
    "Bank for International Settlements", "Financial Conduct Authority", "Court of Arbitration for Sport",
    "Independent Electoral Commission", "Municipal Planning Board", "Regional Development Agency", "National Housing Federation",
    "Central Statistics Office", "Office for Budget Responsibility", "Athletics Development Fund", "Metropolitan Transit Authority",
    "Monetary Stability Board", "National Bankers Federation", "Municipal Elections Office", "Marathon Runners Association",
  ],
};
