import { type LayoutIssue } from '../types/layout-issue.type';

// A report meant for test failure output and logs: issues grouped by object
// in first-seen order, one line each.
//
//   2 layout issues in 1 object:
//
//   subscription
//     - seats [MISSING_COLUMN] column "seats" (double precision) does not exist
//     - [UNEXPECTED_COLUMN] column "stray" (text) belongs to no active field
export const formatLayoutIssues = (issues: readonly LayoutIssue[]): string => {
  if (issues.length === 0) {
    return 'No layout issues.';
  }

  const byObject = new Map<string, LayoutIssue[]>();

  for (const issue of issues) {
    byObject.set(issue.objectName, [
      ...(byObject.get(issue.objectName) ?? []),
      issue,
    ]);
  }

  const plural = (count: number, word: string) =>
    `${count} ${word}${count === 1 ? '' : 's'}`;
  const header = `${plural(issues.length, 'layout issue')} in ${plural(byObject.size, 'object')}:`;
  const sections = [...byObject].map(([objectName, objectIssues]) =>
    [
      objectName,
      ...objectIssues.map(
        ({ fieldName, kind, message }) =>
          `  - ${fieldName ? `${fieldName} ` : ''}[${kind}] ${message}`,
      ),
    ].join('\n'),
  );

  return [header, ...sections].join('\n\n');
};
