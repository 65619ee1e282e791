// Strings of the teacher's password pages: change (signed in) and reset (with a one-time code).
const fr = {
  accountLink: "Changer mon mot de passe",
  changeTitle: "Changer mon mot de passe",
  changeIntro: "Les autres appareils connectés à ce compte seront déconnectés.",
  currentLabel: "Mot de passe actuel",
  newLabel: "Nouveau mot de passe",
  newHelp: "Au moins 10 caractères.",
  confirmLabel: "Confirmez le nouveau mot de passe",
  changeButton: "Changer le mot de passe",
  changed: "Mot de passe changé. Les autres appareils ont été déconnectés.",
  lastChanged: "Dernier changement du mot de passe :",
  neverChanged: "Mot de passe inchangé depuis la création du compte, le",
  securityHint: "Si vous n’êtes pas à l’origine de ce changement, choisissez un nouveau mot de passe ci-dessous ou demandez un code de réinitialisation.",
  forgotLink: "Mot de passe oublié ?",
  resetTitle: "Choisir un nouveau mot de passe",
  resetIntro:
    "Sans e-mail : la personne qui gère le serveur lance « npm run reset-password -- votre@adresse » et vous donne le code à usage unique (valable 30 minutes) ou le lien qui le contient.",
  codeLabel: "Code à usage unique",
  codeHelp: "Par exemple ABCD-EFGH-JKMN.",
  resetButton: "Enregistrer le nouveau mot de passe",
  resetDone: "Mot de passe changé. Connectez-vous avec le nouveau.",
  formHasErrors: "Le formulaire contient des erreurs.",
  errors: {
    current: "Saisissez votre mot de passe actuel.",
    wrong_current: "Le mot de passe actuel est incorrect.",
    password: "Le nouveau mot de passe doit compter de 10 à 256 caractères.",
    confirm: "Les deux mots de passe ne sont pas identiques.",
    code: "Saisissez le code reçu.",
    invalid_code: "Ce code est inconnu, expiré ou déjà utilisé. Demandez-en un nouveau.",
    rate_limited: "Trop d’essais. Réessayez dans quelques minutes.",
  } as Record<string, string>,
};

export type AccountMessages = typeof fr;

const en: AccountMessages = {
  accountLink: "Change my password",
  changeTitle: "Change my password",
  changeIntro: "Other devices signed in to this account will be signed out.",
  currentLabel: "Current password",
  newLabel: "New password",
  newHelp: "At least 10 characters.",
  confirmLabel: "Confirm the new password",
  changeButton: "Change password",
  lastChanged: "Password last changed:",
  neverChanged: "Password unchanged since the account was created, on",
  securityHint: "If you did not make this change, choose a new password below or ask for a reset code.",
  changed: "Password changed. Other devices were signed out.",
  forgotLink: "Forgot your password?",
  resetTitle: "Choose a new password",
  resetIntro:
    "No e-mail needed: whoever runs the server types “npm run reset-password -- your@address” and gives you the one-time code (valid 30 minutes) or the link holding it.",
  codeLabel: "One-time code",
  codeHelp: "For example ABCD-EFGH-JKMN.",
  resetButton: "Save the new password",
  resetDone: "Password changed. Sign in with the new one.",
  formHasErrors: "The form has errors.",
  errors: {
    current: "Type your current password.",
    wrong_current: "The current password is wrong.",
    password: "The new password must have 10 to 256 characters.",
    confirm: "The two passwords differ.",
    code: "Type the code you were given.",
    invalid_code: "This code is unknown, expired or already used. Ask for a new one.",
    rate_limited: "Too many tries. Try again in a few minutes.",
  },
};

export const accountMessages = { fr, en };
