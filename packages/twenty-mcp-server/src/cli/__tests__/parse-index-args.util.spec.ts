import { parseIndexArgs } from '../parse-index-args.util';

const WORKSPACE = '20202020-1c25-4d02-bf25-6aeccf7ea419';

describe('parseIndexArgs', () => {
  it('should read advise with its options and defaults', () => {
    expect(parseIndexArgs(['advise'])).toEqual({
      command: 'advise',
      workspaceId: null,
      format: 'table',
    });
    expect(
      parseIndexArgs(['advise', `--workspace=${WORKSPACE}`, '--format', 'sql']),
    ).toEqual({ command: 'advise', workspaceId: WORKSPACE, format: 'sql' });
  });

  it('should refuse what is not the command', () => {
    expect(parseIndexArgs([])).toEqual({ error: 'Say "advise".' });
    expect(parseIndexArgs(['apply'])).toEqual({ error: 'Say "advise".' });
    expect(parseIndexArgs(['advise', '--format', 'csv'])).toEqual({
      error: '--format is table or sql.',
    });
    expect(parseIndexArgs(['advise', '--workspace', 'acme'])).toEqual({
      error: '--workspace takes a workspace uuid.',
    });
    expect(parseIndexArgs(['advise', '--workspace'])).toEqual({
      error: '--workspace needs a value.',
    });
    expect(parseIndexArgs(['advise', '--apply'])).toEqual({
      error: 'Unknown argument "--apply".',
    });
  });
});
