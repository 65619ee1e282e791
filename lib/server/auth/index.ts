// Teacher authentication: the one entry point for pages, actions and route handlers.
import "server-only";
export { getCurrentTeacher, requireTeacher, requireTeacherForApi, type SessionTeacher } from "./current-teacher";
export { signIn, signUp, signOut, type SignInResult, type SignUpResult } from "./sign-in";
export { safeNextPath, signInPath } from "./safe-next";
