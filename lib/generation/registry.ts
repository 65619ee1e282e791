// Every question type, listed once. Order does not matter: the ranker decides what is kept.
import type { QuestionTemplate } from "./template";
import { acronymTemplate } from "./types/acronym";
import { actionsTemplate } from "./types/actions";
import { contextTemplate } from "./types/context";
import { dateChoiceTemplate } from "./types/date-choice";
import { descriptorTemplate } from "./types/descriptor";
import { entityChoiceTemplate } from "./types/entity-choice";
import { fillBlankTemplate } from "./types/fill-blank";
import { mainIdeaTemplate } from "./types/main-idea";
import { relationsTemplate } from "./types/relations";
import { stanceTemplate } from "./types/stance";
import { numericTemplate } from "./types/numeric";
import { orderingTemplate } from "./types/ordering";
import { quoteTemplate } from "./types/quote";
import { shortAnswerTemplate } from "./types/short-answer";
import { trueFalseTemplate } from "./types/true-false";
import { whQuestionTemplate } from "./types/wh-question";

export const TEMPLATES: readonly QuestionTemplate[] = [
  numericTemplate,
  entityChoiceTemplate,
  dateChoiceTemplate,
  quoteTemplate,
  fillBlankTemplate,
  trueFalseTemplate,
  orderingTemplate,
  acronymTemplate,
  shortAnswerTemplate,
  whQuestionTemplate,
  // Comprehension: cause, consequence, purpose; the article's main idea.
  relationsTemplate,
  mainIdeaTemplate,
  stanceTemplate,
  // What the article says a name is: vocabulary, and how it introduces a person.
  descriptorTemplate,
  // What an actor did or asked for: "Qu'a annoncé la BCE ?".
  actionsTemplate,
  // Knowledge-base context questions (current affairs), written alongside in types/context/.
  contextTemplate,
];
