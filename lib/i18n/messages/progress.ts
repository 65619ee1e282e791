// Strings of the teacher's view of one student's progress over time. French first; English
// mirrors the French keys (checked by the type).
const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);
const fmt = (n: number, tag: string) => n.toLocaleString(tag, { maximumFractionDigits: 1 });

const fr = {
  title: (name: string) => `Progrès de ${name}`,
  backToGradebook: "Retour au carnet de notes",
  timelineTitle: "Notes dans l’ordre des quiz faits",
  timelineHelp: "Dernière tentative envoyée de chaque quiz, dans l’ordre où l’élève l’a envoyée.",
  noEntries: "Aucun quiz fait pour l’instant.",
  dateHeader: "Envoyé le",
  quizHeader: "Quiz",
  markHeader: "Note",
  attemptsHeader: "Tentatives",
  skillsHeader: "Compétences de ce quiz",
  mark: (percent: number, over20: number) => `${percent} % (${fmt(over20, "fr-FR")} / 20)`,
  skillShort: (label: string, right: number, total: number) => `${label} ${right}/${total}`,
  notDoneTitle: "Pas encore fait",
  masteryTitle: "Maîtrise par compétence",
  masteryHelp: "Part de bonnes réponses aux dernières tentatives ; dépliez pour voir les questions.",
  noMastery: "Pas encore de réponses notées.",
  questionsBehind: (n: number) => `${n} ${plural(n, "question", "questions")}`,
  rightMark: "juste",
  wrongMark: "faux",
  practiceTitle: "Entraînement (ne compte pas dans les notes)",
  practiceLine: (answers: number, right: number) =>
    answers ? `${answers} ${plural(answers, "réponse", "réponses")} d’entraînement, dont ${right} ${plural(right, "juste", "justes")}.` : "Aucune réponse d’entraînement.",
  cardsLine: (inReview: number, dueNow: number, learnt: number) =>
    `${inReview} ${plural(inReview, "question", "questions")} en révision (${dueNow} à réviser maintenant), ${learnt} ${plural(learnt, "acquise", "acquises")}.`,
  progressLink: (name: string) => `Progrès de ${name}`,
};

const en: typeof fr = {
  title: (name: string) => `${name}'s progress`,
  backToGradebook: "Back to the gradebook",
  timelineTitle: "Marks in the order the quizzes were done",
  timelineHelp: "Latest submitted attempt at each quiz, in the order the student submitted it.",
  noEntries: "No quiz done yet.",
  dateHeader: "Submitted",
  quizHeader: "Quiz",
  markHeader: "Mark",
  attemptsHeader: "Attempts",
  skillsHeader: "Skills in this quiz",
  mark: (percent: number, over20: number) => `${percent} % (${fmt(over20, "en-GB")} / 20)`,
  skillShort: (label: string, right: number, total: number) => `${label} ${right}/${total}`,
  notDoneTitle: "Not done yet",
  masteryTitle: "Mastery by skill",
  masteryHelp: "Share of right answers in the latest attempts; unfold to see the questions.",
  noMastery: "No graded answers yet.",
  questionsBehind: (n: number) => `${n} ${plural(n, "question", "questions")}`,
  rightMark: "right",
  wrongMark: "wrong",
  practiceTitle: "Practice (not counted in marks)",
  practiceLine: (answers: number, right: number) => (answers ? `${answers} practice ${plural(answers, "answer", "answers")}, ${right} right.` : "No practice answers."),
  cardsLine: (inReview: number, dueNow: number, learnt: number) =>
    `${inReview} ${plural(inReview, "question", "questions")} in review (${dueNow} due now), ${learnt} learnt.`,
  progressLink: (name: string) => `${name}'s progress`,
};

export const progressMessages = { fr, en };
