// The <title> of each page, in both languages (the layout appends " · Actuquiz").
const fr = {
  description: "Quiz de compréhension vérifiés, tirés de l’actualité.",
  quiz: "Quiz",
  studentResults: "Résultats",
  signUp: "Créer un compte",
  signIn: "Connexion",
  importArticle: "Importer un article",
  article: "Article",
  articles: "Mes articles",
  myQuizzes: "Mes quiz",
  results: "Résultats",
  studentAttempt: "Copie d’un élève",
  print: "Impression",
  joinScreen: "Rejoindre le quiz",
  classes: "Mes classes",
  classroom: "Classe",
  classCodes: "Codes personnels",
  studentSpace: "Mon espace élève",
  gradebook: "Carnet de notes",
  account: "Mot de passe",
  resetPassword: "Nouveau mot de passe",
};

const en: typeof fr = {
  description: "Checked reading-comprehension quizzes drawn from the news.",
  quiz: "Quiz",
  studentResults: "Results",
  signUp: "Create an account",
  signIn: "Sign in",
  importArticle: "Import an article",
  article: "Article",
  articles: "My articles",
  myQuizzes: "My quizzes",
  results: "Results",
  studentAttempt: "A student’s attempt",
  print: "Print",
  joinScreen: "Join the quiz",
  classes: "My classes",
  classroom: "Class",
  classCodes: "Personal codes",
  studentSpace: "My student space",
  gradebook: "Gradebook",
  account: "Password",
  resetPassword: "New password",
};

export const pageTitles = { fr, en } as const;
export type PageTitleKey = Exclude<keyof typeof fr, "description">;
