import { parseAuditArgs } from '../parse-audit-args.util';

const WORKSPACE = '20202020-1c25-4d02-bf25-6aeccf7ea419';

describe('parseAuditArgs', () => {
  it('should read verify and export with their options', () => {
    expect(parseAuditArgs(['verify', '--workspace', WORKSPACE])).toEqual({
      command: 'verify',
      workspaceId: WORKSPACE,
      json: false,
    });
    expect(
      parseAuditArgs([
        'export',
        `--workspace=${WORKSPACE}`,
        '--format',
        'csv',
        '--since',
        '2026-12-01',
      ]),
    ).toEqual({
      command: 'export',
      workspaceId: WORKSPACE,
      format: 'csv',
      since: new Date('2026-12-01'),
    });
    expect(parseAuditArgs(['export', '--workspace', WORKSPACE])).toMatchObject({
      format: 'jsonl',
    });
  });

  it('should say what is wrong', () => {
    expect(parseAuditArgs(['check'])).toEqual({
      error: 'Say "verify" or "export".',
    });
    expect(parseAuditArgs(['verify'])).toEqual({
      error: '--workspace <id> (a workspace uuid) is required.',
    });
    expect(
      parseAuditArgs(['export', '--workspace', WORKSPACE, '--format', 'xml']),
    ).toEqual({ error: '--format is jsonl or csv.' });
    expect(
      parseAuditArgs(['export', '--workspace', WORKSPACE, '--since', 'soon']),
    ).toEqual({ error: '--since must be a date (ISO 8601).' });
    expect(parseAuditArgs(['verify', '--workspace'])).toEqual({
      error: '--workspace needs a value.',
    });
    expect(parseAuditArgs(['verify', '--verbose'])).toEqual({
      error: 'Unknown argument "--verbose".',
    });
  });
});
