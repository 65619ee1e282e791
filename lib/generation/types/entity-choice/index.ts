// "Who / where / which organisation": a name of the article among other names of the same type.
import type { QuestionTemplate } from "../../template";
import { slotChoiceCandidates } from "../slot-choice";

export const entityChoiceTemplate: QuestionTemplate = {
  name: "entity-choice",
  generate: (a) => slotChoiceCandidates(a, ["person", "place", "org"], "entity-choice"),
};
