// A refusal of a server operation: the code picks the localized message the page shows, and
// callers tell refusals apart by their subclass (instanceof), so each operation declares its own.
export class CodedError<Code extends string> extends Error {
  constructor(public readonly code: Code) {
    super(code);
  }
}
