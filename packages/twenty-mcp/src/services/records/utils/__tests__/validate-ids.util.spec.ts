import { TwentyMcpExceptionCode } from '../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { expectQueryError } from '../../../../../test/services/records/utils/expect-query-error.util';
import { validateIds } from '../validate-ids.util';

const ID = '5c4af49e-3ca2-5db7-923a-bb8c488e831a';

describe('validateIds', () => {
  it('should lower-case ids and drop duplicates', () => {
    expect(validateIds([ID, ID.toUpperCase()])).toEqual([ID]);
  });

  it('should refuse no ids, non-uuids and too many ids', async () => {
    await expectQueryError(
      () => validateIds([]),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      'Pass at least one id',
    );
    await expectQueryError(
      () => validateIds(["1' OR '1'='1"]),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      `"1' OR '1'='1" is not a record id (uuid)`,
    );
    await expectQueryError(
      () => validateIds(Array.from({ length: 101 }, () => ID)),
      TwentyMcpExceptionCode.LIMIT_EXCEEDED,
      'At most 100 ids per call',
    );
  });
});
