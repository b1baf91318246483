import { type z } from 'zod';

const pathOf = (issue: z.core.$ZodIssue): string =>
  issue.path.length === 0 ? '(arguments)' : `/${issue.path.join('/')}`;

const describe = (issue: z.core.$ZodIssue): string => {
  const path = pathOf(issue);

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys
        .map((key) => `${path}: unknown property "${key}"`)
        .join('; ');
    case 'invalid_value':
      return `${path}: must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_type':
      return issue.input === undefined
        ? `${pathOf({ ...issue, path: issue.path.slice(0, -1) })}: missing required property "${String(issue.path[issue.path.length - 1])}"`
        : `${path}: must be ${issue.expected}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `${path}: must NOT have more than ${issue.maximum} items`
        : issue.origin === 'string'
          ? `${path}: must NOT have more than ${issue.maximum} characters`
          : `${path}: must be <= ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `${path}: must NOT have fewer than ${issue.minimum} items`
        : issue.origin === 'string'
          ? `${path}: must NOT have fewer than ${issue.minimum} characters`
          : `${path}: must be >= ${issue.minimum}`;
    case 'invalid_format':
      // A regex's issue carries the pattern itself: say it, as JSON Schema
      // validators do, rather than the word "regex".
      return issue.format === 'regex' && 'pattern' in issue
        ? `${path}: must match pattern "${String(issue.pattern)}"`
        : `${path}: must match format "${issue.format}"`;
    default:
      return `${path}: ${issue.message}`;
  }
};

// zod issues as one line per problem, worded like JSON Schema validators
// word them (the schema the client saw), deduplicated, so a model can fix
// its arguments in one go.
export const formatZodIssues = (issues: readonly z.core.$ZodIssue[]): string =>
  [...new Set(issues.map(describe))].slice(0, 10).join('; ');
