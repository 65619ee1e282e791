// Strings of the student space (personal code sign-in, quizzes to do and done, history,
// progress by skill). French first; English mirrors the French keys (checked by the type).
const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

const fr = {
  spaceTitle: "Mon espace élève",
  spaceLink: "Espace élève",
  signInTitle: "Entrer dans mon espace",
  signInHelp: "Tapez le code personnel que votre professeur vous a donné. Sur un appareil partagé, pensez à vous déconnecter.",
  signInSubmit: "Entrer",
  signOut: "Me déconnecter",
  hello: (name: string, cls: string) => `Bonjour ${name} (${cls})`,
  todoTitle: "À faire",
  noTodo: "Rien à faire pour l’instant.",
  doneTitle: "Faits",
  noDone: "Aucun quiz fait pour l’instant.",
  openQuiz: "Ouvrir",
  openQuizLabel: (title: string) => `Ouvrir le quiz ${title}`,
  resumeQuiz: "Reprendre",
  closedBadge: "fermé",
  seeResult: "Voir mon résultat",
  seeResultLabel: (title: string) => `Voir mon résultat : ${title}`,
  score: (score: number, max: number, over20: number) => `${fmt(score)} / ${fmt(max)} (${fmt(over20)} / 20)`,
  historyTitle: "Mon historique",
  noHistory: "Aucune tentative envoyée.",
  historyQuiz: "Quiz",
  historyDate: "Envoyé le",
  historyScore: "Note",
  attemptNumber: (n: number) => `tentative ${n}`,
  skillsTitle: "Mes progrès par compétence",
  skillsHelp: "Part de bonnes réponses à la dernière tentative de chaque quiz.",
  noSkills: "Vos progrès apparaîtront après votre premier quiz.",
  skillHeader: "Compétence",
  skillRight: "Bonnes réponses",
  skillPercent: "Réussite",
  rightOf: (right: number, total: number) => `${right} sur ${total} ${plural(total, "question", "questions")}`,
};

function fmt(n: number): string {
  return n.toLocaleString("fr-FR", { maximumFractionDigits: 1 });
}
function fmtEn(n: number): string {
  return n.toLocaleString("en-GB", { maximumFractionDigits: 1 });
}

const en: typeof fr = {
  spaceTitle: "My student space",
  spaceLink: "Student space",
  signInTitle: "Enter my space",
  signInHelp: "Type the personal code your teacher gave you. On a shared device, remember to sign out.",
  signInSubmit: "Enter",
  signOut: "Sign out",
  hello: (name: string, cls: string) => `Hello ${name} (${cls})`,
  todoTitle: "To do",
  noTodo: "Nothing to do for now.",
  doneTitle: "Done",
  noDone: "No quiz done yet.",
  openQuiz: "Open",
  openQuizLabel: (title: string) => `Open the quiz ${title}`,
  resumeQuiz: "Resume",
  closedBadge: "closed",
  seeResult: "See my result",
  seeResultLabel: (title: string) => `See my result: ${title}`,
  score: (score: number, max: number, over20: number) => `${fmtEn(score)} / ${fmtEn(max)} (${fmtEn(over20)} / 20)`,
  historyTitle: "My history",
  noHistory: "No attempt submitted.",
  historyQuiz: "Quiz",
  historyDate: "Submitted",
  historyScore: "Mark",
  attemptNumber: (n: number) => `attempt ${n}`,
  skillsTitle: "My progress by skill",
  skillsHelp: "Share of right answers in the latest attempt of each quiz.",
  noSkills: "Your progress will show after your first quiz.",
  skillHeader: "Skill",
  skillRight: "Right answers",
  skillPercent: "Success",
  rightOf: (right: number, total: number) => `${right} of ${total} ${plural(total, "question", "questions")}`,
};

export const learningMessages = { fr, en };
