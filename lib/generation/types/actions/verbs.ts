// Verbs of the "what did X announce / ask for / launch?" family, with the forms a question
// needs: French participle (after a/ont) and present (annonce/annoncent), English past,
// present and base form for do-support. Position verbs (ask, criticise, refuse…) train stance;
// the others are what an actor did.
import type { Language } from "../../contract";

export interface ActionVerb {
  /** Forms as the article may write them (lower case). */
  forms: string[];
  /** Question form: French participle ("annoncé"), English base ("announce"). */
  ask: string;
  stance: boolean;
}

function fr(participle: string, present: string[], stance: boolean): ActionVerb {
  return { forms: [participle, ...present], ask: participle, stance };
}
function en(base: string, past: string, third: string, stance: boolean): ActionVerb {
  return { forms: [past, third], ask: base, stance };
}

export const ACTION_VERBS: Record<Language, ActionVerb[]> = {
  fr: [
    fr("annoncé", ["annonce", "annoncent"], false), fr("demandé", ["demande", "demandent"], true),
    fr("réclamé", ["réclame", "réclament"], true), fr("exigé", ["exige", "exigent"], true),
    fr("proposé", ["propose", "proposent"], true), fr("promis", ["promet", "promettent"], true),
    fr("dénoncé", ["dénonce", "dénoncent"], true), fr("condamné", ["condamne", "condamnent"], true),
    fr("critiqué", ["critique", "critiquent"], true), fr("approuvé", ["approuve", "approuvent"], true),
    fr("rejeté", ["rejette", "rejettent"], true), fr("refusé", ["refuse", "refusent"], true),
    fr("salué", ["salue", "saluent"], true), fr("démenti", ["dément", "démentent"], true),
    fr("contesté", ["conteste", "contestent"], true), fr("déploré", ["déplore", "déplorent"], true),
    fr("décidé", ["décide", "décident"], false), fr("lancé", ["lance", "lancent"], false),
    fr("publié", ["publie", "publient"], false), fr("adopté", ["adopte", "adoptent"], false),
    fr("présenté", ["présente", "présentent"], false), fr("signé", ["signe", "signent"], false),
    fr("voté", ["vote", "votent"], false), fr("suspendu", ["suspend", "suspendent"], false),
    fr("autorisé", ["autorise", "autorisent"], false), fr("obtenu", ["obtient", "obtiennent"], false),
    fr("remporté", ["remporte", "remportent"], false), fr("découvert", ["découvre", "découvrent"], false),
    fr("révélé", ["révèle", "révèlent"], false), fr("abaissé", ["abaisse", "abaissent"], false),
    fr("supprimé", ["supprime", "suppriment"], false), fr("créé", ["crée", "créent"], false),
    fr("ordonné", ["ordonne", "ordonnent"], false), fr("envisagé", ["envisage", "envisagent"], false),
    fr("prévu", ["prévoit", "prévoient"], false), fr("émis", ["émet", "émettent"], false),
    fr("battu", ["bat", "battent"], false), fr("accepté", ["accepte", "acceptent"], false),
    fr("quitté", ["quitte", "quittent"], false), fr("reçu", ["reçoit", "reçoivent"], false),
    fr("perdu", ["perd", "perdent"], false), fr("gagné", ["gagne", "gagnent"], false),
    fr("visité", ["visite", "visitent"], false), fr("rencontré", ["rencontre", "rencontrent"], false),
    fr("nommé", ["nomme", "nomment"], false), fr("ouvert", ["ouvre", "ouvrent"], false),
    fr("fermé", ["ferme", "ferment"], false), fr("inauguré", ["inaugure", "inaugurent"], false),
    fr("organisé", ["organise", "organisent"], false), fr("déposé", ["dépose", "déposent"], false),
    fr("accordé", ["accorde", "accordent"], false), fr("attribué", ["attribue", "attribuent"], false),
    fr("remis", ["remet", "remettent"], false), fr("dévoilé", ["dévoile", "dévoilent"], false),
  ],
  en: [
    en("announce", "announced", "announces", false), en("demand", "demanded", "demands", true),
    en("call for", "called for", "calls for", true), en("propose", "proposed", "proposes", true),
    en("promise", "promised", "promises", true), en("criticise", "criticised", "criticises", true),
    en("criticize", "criticized", "criticizes", true), en("condemn", "condemned", "condemns", true),
    en("approve", "approved", "approves", true), en("reject", "rejected", "rejects", true),
    en("refuse", "refused", "refuses", true), en("welcome", "welcomed", "welcomes", true),
    en("deny", "denied", "denies", true), en("launch", "launched", "launches", false),
    en("publish", "published", "publishes", false), en("adopt", "adopted", "adopts", false),
    en("present", "presented", "presents", false), en("sign", "signed", "signs", false),
    en("suspend", "suspended", "suspends", false), en("ban", "banned", "bans", false),
    en("win", "won", "wins", false), en("discover", "discovered", "discovers", false),
    en("reveal", "revealed", "reveals", false), en("unveil", "unveiled", "unveils", false),
    en("release", "released", "releases", false), en("introduce", "introduced", "introduces", false),
    en("order", "ordered", "orders", false), en("issue", "issued", "issues", false),
    en("cancel", "cancelled", "cancels", false), en("create", "created", "creates", false),
    en("accept", "accepted", "accepts", false), en("receive", "received", "receives", false),
    en("lose", "lost", "loses", false), en("visit", "visited", "visits", false),
    en("appoint", "appointed", "appoints", false), en("open", "opened", "opens", false),
    en("close", "closed", "closes", false), en("organise", "organised", "organises", false),
    en("organize", "organized", "organizes", false), en("award", "awarded", "awards", false),
    en("file", "filed", "files", false), en("defeat", "defeated", "defeats", false),
  ],
};
