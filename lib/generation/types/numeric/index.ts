// "How many": a number of the article (hedge, scale and unit kept) among perturbed numbers.
import type { QuestionTemplate } from "../../template";
import { slotChoiceCandidates } from "../slot-choice";

export const numericTemplate: QuestionTemplate = {
  name: "numeric",
  generate: (a) => slotChoiceCandidates(a, ["number"], "numeric"),
};
