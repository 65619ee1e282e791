// "When": a date of the article among nearby dates written the same way.
import type { QuestionTemplate } from "../../template";
import { slotChoiceCandidates } from "../slot-choice";

export const dateChoiceTemplate: QuestionTemplate = {
  name: "date-choice",
  generate: (a) => slotChoiceCandidates(a, ["date"], "date-choice"),
};
