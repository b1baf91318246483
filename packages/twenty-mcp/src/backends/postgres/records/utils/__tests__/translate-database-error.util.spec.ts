import { TwentyMcpExceptionCode } from '../../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { translateDatabaseError } from '../translate-database-error.util';

describe('translateDatabaseError', () => {
  it('should answer a lost database with SERVICE_UNAVAILABLE and keep the driver error for the log only', () => {
    const driverError = Object.assign(
      new Error('connect ECONNREFUSED 127.0.0.1:5432'),
      { code: 'ECONNREFUSED' },
    );
    const translated = translateDatabaseError(driverError, []);

    expect(translated.code).toBe(TwentyMcpExceptionCode.SERVICE_UNAVAILABLE);
    expect(translated.message).toBe(
      'The CRM database is unreachable; retry in a few seconds. Nothing was changed.',
    );
    expect(translated.details?.cause).toBe(driverError);
  });

  it('should not take a statement PostgreSQL refused for an outage', () => {
    const translated = translateDatabaseError(
      {
        driverError: { code: '42P01' },
        message: 'relation "x" does not exist',
      },
      [],
    );

    expect(translated.code).toBe(TwentyMcpExceptionCode.INTERNAL_ERROR);
    expect(translated.message).not.toContain('relation');
  });
});
