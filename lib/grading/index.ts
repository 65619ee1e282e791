// Public API of the grading layer (pure; choice-id uses node:crypto, so server-side only).
export { MAX_ANSWER_CHARS, compactAnswer, normaliseAnswer } from "./normalise";
export { parseNumberAnswer, parseNumberDetailed, sameNumber } from "./numbers";
export type { NumberHedge, NumberParseOptions, ParsedNumber } from "./numbers";
export { damerauLevenshtein, typoTolerance } from "./edit-distance";
export { gradeTextAnswer } from "./grade-text";
export type { TextAnswerKey, TextGrade } from "./grade-text";
export { choiceFromId, choiceId } from "./choice-id";
export { scoreAttempt, scoreQuestion } from "./score-attempt";
export type { AttemptResponse, AttemptScore, QuestionScore, StoredQuestion } from "./score-attempt";
export { analyseQuiz } from "./item-analysis";
export type {
  AnalysedAttempt,
  AnalysedQuestion,
  AnalysedResponse,
  ChoiceStats,
  HistogramBin,
  ItemStats,
  QuizAnalysis,
  QuizSummary,
} from "./item-analysis";
export { toCsv } from "./csv";
export type { CsvCell, CsvOptions } from "./csv";
