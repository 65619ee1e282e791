// Strings of regrading, one-answer overrides and per-student accommodations (results pages).
// French is the reference; English mirrors its keys (checked by the type).
const frPlural = (n: number, one: string, many: string) => (n > 1 ? many : one);
const enPlural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const fr = {
  acceptForAll: "Accepter pour tous",
  acceptForAllLabel: (answer: string) => `Accepter « ${answer} » pour tous`,
  acceptOtherLegend: "Accepter une autre réponse pour tous",
  acceptOtherLabel: "Réponse à accepter",
  acceptOtherHint: "Toutes les copies déjà rendues sont recorrigées.",
  makeKey: "En faire la bonne réponse",
  makeKeyLabel: (choice: string) => `Faire de « ${choice} » la bonne réponse et recorriger`,
  markRight: "Compter juste",
  markWrong: "Compter faux",
  overridden: "note modifiée à la main",
  auditTitle: "Corrections de notation",
  auditEmpty: "Aucune correction pour l’instant.",
  auditAccept: (q: number | null, answer: string) => `${q ? `Question ${q}` : "Question supprimée"} : « ${answer} » accepté pour tous`,
  auditKey: (q: number | null, from: string, to: string) =>
    `${q ? `Question ${q}` : "Question supprimée"} : bonne réponse « ${from} » remplacée par « ${to} »`,
  auditOverride: (q: number | null, name: string, correct: boolean) =>
    `${q ? `Question ${q}` : "Question supprimée"} : réponse de ${name} comptée ${correct ? "juste" : "fausse"}`,
  auditCount: (n: number) => `${n} ${frPlural(n, "copie a changé de note", "copies ont changé de note")}`,
  done: {
    accepted: (n: number) => `Réponse acceptée pour tous : ${n} ${frPlural(n, "copie a changé de note", "copies ont changé de note")}.`,
    key_changed: (n: number) => `Bonne réponse changée : ${n} ${frPlural(n, "copie a changé de note", "copies ont changé de note")}.`,
    overridden: "Note de la réponse modifiée.",
    unchanged: "Rien à changer : c’était déjà fait.",
    extra_attempt: (name: string) => `${name} a droit à une tentative de plus.`,
    extra_time: (name: string, min: number) => (min ? `${name} a ${min} min de plus.` : `${name} n’a plus de temps en plus.`),
  },
  errors: {
    not_found: "Cette question ou cette copie n’existe plus.",
    empty_answer: "Saisissez la réponse à accepter.",
    answer_too_long: "Cette réponse est trop longue.",
    not_free_text: "Seules les questions à réponse rédigée acceptent d’autres réponses.",
    not_choice_question: "Seules les questions à choix ont une bonne réponse à choisir.",
    not_a_choice: "Ce choix ne fait pas partie de la question.",
    too_many_accepted: "Cette question accepte déjà trop de réponses.",
    invalid_minutes: "Indiquez un nombre entier de minutes entre 0 et 240.",
    no_time_limit: "Ce quiz n’a pas de limite de temps : il n’y a pas de temps à ajouter.",
    too_many_extra: "Cet élève a déjà reçu le maximum de tentatives supplémentaires.",
  } as Record<string, string>,
  accommodationsTitle: "Aménagements pour cet élève",
  extraAttempt: "Accorder une tentative de plus",
  extraAttemptsGranted: (n: number) => `${n} ${frPlural(n, "tentative supplémentaire accordée", "tentatives supplémentaires accordées")}`,
  extraTimeLabel: "Minutes en plus (au total)",
  extraTime: "Enregistrer le temps en plus",
  extraTimeGranted: (min: number) => `${min} min de plus sur la limite de temps`,
  extraTimeHint: "S’ajoute à la limite de temps de la tentative en cours et des suivantes ; 0 le retire.",
  noTimeLimit: "Ce quiz n’a pas de limite de temps.",
};

export type RegradeMessages = typeof fr;

const en: RegradeMessages = {
  acceptForAll: "Accept for everyone",
  acceptForAllLabel: (answer: string) => `Accept “${answer}” for everyone`,
  acceptOtherLegend: "Accept another answer for everyone",
  acceptOtherLabel: "Answer to accept",
  acceptOtherHint: "Every attempt already submitted is regraded.",
  makeKey: "Make it the right answer",
  makeKeyLabel: (choice: string) => `Make “${choice}” the right answer and regrade`,
  markRight: "Count as right",
  markWrong: "Count as wrong",
  overridden: "mark changed by hand",
  auditTitle: "Grading changes",
  auditEmpty: "No change yet.",
  auditAccept: (q: number | null, answer: string) => `${q ? `Question ${q}` : "Deleted question"}: “${answer}” accepted for everyone`,
  auditKey: (q: number | null, from: string, to: string) =>
    `${q ? `Question ${q}` : "Deleted question"}: right answer “${from}” replaced by “${to}”`,
  auditOverride: (q: number | null, name: string, correct: boolean) =>
    `${q ? `Question ${q}` : "Deleted question"}: ${name}’s answer counted ${correct ? "right" : "wrong"}`,
  auditCount: (n: number) => `${n} ${enPlural(n, "attempt's score changed", "attempts' scores changed")}`,
  done: {
    accepted: (n: number) => `Answer accepted for everyone: ${n} ${enPlural(n, "attempt's score changed", "attempts' scores changed")}.`,
    key_changed: (n: number) => `Right answer changed: ${n} ${enPlural(n, "attempt's score changed", "attempts' scores changed")}.`,
    overridden: "The answer's mark was changed.",
    unchanged: "Nothing to change: it was already done.",
    extra_attempt: (name: string) => `${name} may take one more attempt.`,
    extra_time: (name: string, min: number) => (min ? `${name} has ${min} more minutes.` : `${name} no longer has extra time.`),
  },
  errors: {
    not_found: "This question or attempt no longer exists.",
    empty_answer: "Type the answer to accept.",
    answer_too_long: "This answer is too long.",
    not_free_text: "Only written-answer questions accept other answers.",
    not_choice_question: "Only choice questions have a right answer to pick.",
    not_a_choice: "This is not one of the question's choices.",
    too_many_accepted: "This question already accepts too many answers.",
    invalid_minutes: "Enter a whole number of minutes between 0 and 240.",
    no_time_limit: "This quiz has no time limit: there is no time to add.",
    too_many_extra: "This student already has the most extra attempts allowed.",
  },
  accommodationsTitle: "Accommodations for this student",
  extraAttempt: "Grant one more attempt",
  extraAttemptsGranted: (n: number) => `${n} extra ${enPlural(n, "attempt", "attempts")} granted`,
  extraTimeLabel: "Extra minutes (in all)",
  extraTime: "Save the extra time",
  extraTimeGranted: (min: number) => `${min} more minutes on the time limit`,
  extraTimeHint: "Added to the time limit of the attempt in progress and the next ones; 0 removes it.",
  noTimeLimit: "This quiz has no time limit.",
};

export const regradeMessages = { fr, en };
