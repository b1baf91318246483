import { classifyStatements } from '../classify-statements.util';

describe('classifyStatements', () => {
  it('should keep the order and split workspace-schema statements from the rest', () => {
    const statements = [
      { text: 'SELECT * FROM core."apiKey" WHERE "id" = $1', values: ['k'] },
      { text: 'BEGIN' },
      {
        text: 'SELECT * FROM "workspace_abc"."person" WHERE "id" = $1',
        name: 'p1',
      },
      { text: 'SELECT * FROM "workspace_abc"."company"' },
      { text: 'COMMIT' },
    ];

    expect(classifyStatements(statements, 'workspace_abc')).toEqual({
      tool: [statements[2], statements[3]],
      overhead: [statements[0], statements[1], statements[4]],
    });
  });
});
