import { formatLayoutIssues } from '../format-layout-issues.util';

describe('formatLayoutIssues', () => {
  it('should say so when there is nothing to report', () => {
    expect(formatLayoutIssues([])).toBe('No layout issues.');
  });

  it('should group issues by object in first-seen order', () => {
    expect(
      formatLayoutIssues([
        {
          objectName: 'person',
          fieldName: 'city',
          kind: 'MISSING_COLUMN',
          message: 'column "city" (text) does not exist',
        },
        {
          objectName: 'company',
          kind: 'MISSING_INDEX',
          message: 'index IDX_x does not exist',
        },
        {
          objectName: 'person',
          kind: 'UNEXPECTED_COLUMN',
          message: 'column "stray" (text) belongs to no active field',
        },
      ]),
    ).toBe(
      [
        '3 layout issues in 2 objects:',
        '',
        'person',
        '  - city [MISSING_COLUMN] column "city" (text) does not exist',
        '  - [UNEXPECTED_COLUMN] column "stray" (text) belongs to no active field',
        '',
        'company',
        '  - [MISSING_INDEX] index IDX_x does not exist',
      ].join('\n'),
    );
  });

  it('should use the singular for one issue', () => {
    expect(
      formatLayoutIssues([
        {
          objectName: '(workspace)',
          kind: 'MISSING_SCHEMA',
          message: 'schema ws does not exist',
        },
      ]),
    ).toMatch(/^1 layout issue in 1 object:/);
  });
});
