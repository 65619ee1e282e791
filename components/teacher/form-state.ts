// The state a form's server action hands back: a summary error and per-field errors, already
// localized, plus the values to put back in the fields (never passwords).
export interface FormState {
  error?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  /** A success message (e.g. "saved"). */
  notice?: string;
  /** The id of the element to focus after a success (e.g. the card of the question just added). */
  focus?: string;
}

export const emptyFormState: FormState = {};
