import { TwentyMcpException } from '../../twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../twenty-mcp-exception-code.enum';
import { isDatabaseUnreachableError } from '../is-database-unreachable-error.util';

describe('isDatabaseUnreachableError', () => {
  it.each([
    ['a refused connection', { code: 'ECONNREFUSED' }],
    ['PostgreSQL shutting down', { code: '57P01' }],
    ['PostgreSQL starting up', { code: '57P03' }],
    ['a connection exception (class 08)', { code: '08006' }],
    ['a lost connection', new Error('Connection terminated unexpectedly')],
    [
      "TypeORM's QueryFailedError around one",
      { code: undefined, driverError: { code: '57P01' } },
    ],
    [
      'a connect tried on several addresses',
      new AggregateError([{ code: 'ECONNREFUSED' }, { code: 'ECONNREFUSED' }]),
    ],
    [
      'the cause a TwentyMcpException keeps',
      new TwentyMcpException('x', TwentyMcpExceptionCode.INTERNAL_ERROR, {
        details: { cause: { code: 'ECONNRESET' } },
      }),
    ],
  ])('should recognise %s', (_name, error) => {
    expect(isDatabaseUnreachableError(error)).toBe(true);
  });

  it.each([
    ['a unique violation', { code: '23505' }],
    ['a statement timeout', { code: '57014' }],
    ['a syntax error', { driverError: { code: '42601' } }],
    ['a plain error', new Error('boom')],
    [
      'a wait for a busy pool',
      new Error('timeout exceeded when trying to connect'),
    ],
    ['not an object', 'ECONNREFUSED'],
    [
      'an exception without a cause',
      new TwentyMcpException('x', TwentyMcpExceptionCode.NOT_FOUND),
    ],
  ])('should not take %s for an outage', (_name, error) => {
    expect(isDatabaseUnreachableError(error)).toBe(false);
  });
});
