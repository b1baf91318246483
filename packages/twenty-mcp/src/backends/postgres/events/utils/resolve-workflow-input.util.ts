// `{{…}}` as Twenty's workflow variables write it.
const VARIABLE_PATTERN = /\{\{([^{}]+)\}\}/g;
// The paths evaluated here: dot-separated identifiers. Handlebars' other
// forms (literals, `this.`, `@root.`, `[…]` segments, helpers) are not.
const PATH_SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Handlebars reads these as literals or as the context itself, not keys.
const KEYWORDS = ['true', 'false', 'null', 'undefined', 'this'];

export type ResolvedWorkflowInput =
  { value: unknown; isVariable: boolean } | { unevaluable: string };

// Twenty resolves lookups on a JSON copy of what it finds.
const toJsonValue = (value: unknown): unknown => {
  try {
    const text = JSON.stringify(value);

    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
};

// Own properties only; stops at the first null or undefined on the way.
const readPath = (
  context: Record<string, unknown>,
  segments: readonly string[],
): unknown => {
  let current: unknown = context;

  for (const segment of segments) {
    if (current === null || current === undefined) {
      break;
    }

    current = Object.prototype.hasOwnProperty.call(current, segment)
      ? (current as Record<string, unknown>)[segment]
      : undefined;
  }

  return toJsonValue(current);
};

// A filter's stepOutputKey or value resolved against the workflow context
// as Twenty's resolveInput does for the forms evaluated here: text without
// variables is itself, text that is exactly one `{{path}}` is the value at
// that path (its type kept), numbers, booleans and null are themselves.
// Text mixing variables with other text, paths of another form, lists and
// objects are reported as not evaluated.
export const resolveWorkflowInput = (
  input: unknown,
  context: Record<string, unknown>,
): ResolvedWorkflowInput => {
  if (typeof input !== 'string') {
    return input !== null && typeof input === 'object'
      ? { unevaluable: 'a list or object as a value' }
      : { value: input, isVariable: false };
  }

  const variables = input.match(VARIABLE_PATTERN) ?? [];

  if (variables.length === 0) {
    return { value: input, isVariable: false };
  }

  if (variables.length > 1 || variables[0] !== input) {
    return { unevaluable: 'text mixing variables with other text' };
  }

  const segments = input.slice(2, -2).trim().split('.');

  if (
    !segments.every(
      (segment) => PATH_SEGMENT.test(segment) && !KEYWORDS.includes(segment),
    )
  ) {
    return { unevaluable: 'a variable that is not a plain path' };
  }

  return { value: readPath(context, segments), isVariable: true };
};
