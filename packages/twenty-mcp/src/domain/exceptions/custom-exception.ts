// The base of the module's exceptions, shaped like Twenty's own
// CustomException (packages/twenty-server/src/utils/custom-exception.ts):
// a message and a string code the surfaces map to their protocol. Recognise
// errors by `code`, not only by `instanceof` (bundles may duplicate classes).
export abstract class CustomException<
  Code extends string = string,
> extends Error {
  readonly code: Code;

  constructor(message: string, code: Code) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}
