// Edit-time checks of one question against its article, with the generator contract's rules:
// exact evidence slice, answer in the evidence (article questions), multiple choice with one
// right answer among 3–5 distinct choices, a prompt that does not give the answer away
// (true/false aside), and an ordering answer that is a permutation of its items.
// Each check names the form field it belongs to, so the editor can show per-field errors.
import { containsWords, foldWords } from "@/lib/analysis/fold";
import type { QuestionFields } from "./question-row";

export type CheckId =
  | "prompt_present"
  | "evidence_exact"
  | "answer_present"
  | "answer_in_evidence"
  | "prompt_hides_answer"
  | "choices_count"
  | "choices_distinct"
  | "answer_is_one_choice"
  | "true_false_answer"
  | "ordering_permutation"
  | "fill_blank_marker";

export type CheckField = "prompt" | "evidence" | "answer" | "choices";

export interface QuestionCheck {
  id: CheckId;
  field: CheckField;
  ok: boolean;
}

export const BLANK_MARKER = /_{3,}|…/;

export function checkQuestion(q: QuestionFields, articleText: string): QuestionCheck[] {
  const checks: QuestionCheck[] = [];
  const add = (id: CheckId, field: CheckField, ok: boolean) => checks.push({ id, field, ok });
  const answers = Array.isArray(q.answer) ? q.answer : [q.answer];
  const answerText = Array.isArray(q.answer) ? "" : q.answer;

  add("prompt_present", "prompt", q.prompt.trim().length > 0);
  add(
    "evidence_exact",
    "evidence",
    q.evidenceText.trim().length > 0 && q.evidenceStart >= 0 && q.evidenceEnd > q.evidenceStart && articleText.slice(q.evidenceStart, q.evidenceEnd) === q.evidenceText,
  );
  add("answer_present", "answer", answers.length > 0 && answers.every((a) => a.trim().length > 0));

  const choices = q.choices ?? [];
  switch (q.kind) {
    case "multiple_choice": {
      add("choices_count", "choices", choices.length >= 3 && choices.length <= 5);
      add("choices_distinct", "choices", new Set(choices.map(foldWords)).size === choices.length && choices.every((c) => c.trim()));
      add("answer_is_one_choice", "answer", choices.filter((c) => c === answerText).length === 1);
      break;
    }
    case "true_false": {
      add("true_false_answer", "answer", choices.length === 2 && choices[0] !== choices[1] && choices.includes(answerText));
      break;
    }
    case "ordering": {
      const sortedAnswer = [...answers].sort();
      const sortedChoices = [...choices].sort();
      add(
        "ordering_permutation",
        "answer",
        answers.length >= 2 && sortedAnswer.length === sortedChoices.length && sortedAnswer.every((a, i) => a === sortedChoices[i]) && new Set(answers).size === answers.length,
      );
      break;
    }
    case "fill_blank": {
      add("fill_blank_marker", "prompt", BLANK_MARKER.test(q.prompt));
      break;
    }
  }
  if (q.source === "article" && (q.kind === "multiple_choice" || q.kind === "fill_blank" || q.kind === "short_answer")) {
    add("answer_in_evidence", "answer", answerText.trim().length > 0 && containsWords(q.evidenceText, answerText));
  }
  if (q.kind !== "true_false" && q.kind !== "ordering") {
    add("prompt_hides_answer", "prompt", !answerText.trim() || !containsWords(q.prompt, answerText));
  }
  return checks;
}

export function failedChecks(checks: QuestionCheck[]): QuestionCheck[] {
  return checks.filter((c) => !c.ok);
}
