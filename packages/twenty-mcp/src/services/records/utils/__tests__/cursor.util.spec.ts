import { TwentyMcpExceptionCode } from '../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { buildQueryTestContext } from '../../../../../test/services/records/utils/build-query-test-context.util';
import { expectQueryError } from '../../../../../test/services/records/utils/expect-query-error.util';
import { decodeCursor } from '../decode-cursor.util';
import { encodeCursor } from '../encode-cursor.util';
import { hashSortKeys } from '../hash-sort-keys.util';
import { parseOrderBy } from '../parse-order-by.util';

const context = buildQueryTestContext();
const opportunity = context.target('opportunity');
const ID = '5c4af49e-3ca2-5db7-923a-bb8c488e831a';
const keys = parseOrderBy(opportunity, [
  { closeDate: 'AscNullsLast' },
  { stage: 'DescNullsFirst' },
]);
const hash = hashSortKeys(opportunity.object, keys);

describe('encodeCursor / decodeCursor', () => {
  it('should round trip sort values, NULLs included, as base64url', () => {
    const values = ['2026-11-24T09:30:00.123456Z', null, ID];
    const cursor = encodeCursor(hash, values);

    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, keys, hash)).toEqual(values);
  });

  it('should tie the hash to the object and the ordering', () => {
    const other = parseOrderBy(opportunity, [
      { closeDate: 'AscNullsFirst' },
      { stage: 'DescNullsFirst' },
    ]);

    expect(hashSortKeys(opportunity.object, other)).not.toBe(hash);
    expect(
      hashSortKeys(
        context.target('person').object,
        parseOrderBy(context.target('person'), undefined),
      ),
    ).not.toBe(
      hashSortKeys(opportunity.object, parseOrderBy(opportunity, undefined)),
    );
  });

  it('should refuse a cursor from another ordering', async () => {
    const otherKeys = parseOrderBy(opportunity, undefined);
    const cursor = encodeCursor(hashSortKeys(opportunity.object, otherKeys), [
      '2026-01-01T00:00:00.000000Z',
      ID,
    ]);

    await expectQueryError(
      () => decodeCursor(cursor, keys, hash),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      /comes from a different ordering or object/,
    );
  });

  it.each([
    ['not base64 json', 'not-a-cursor'],
    ['wrong value count', encodeCursor(hash, [ID])],
    ['null id', encodeCursor(hash, [null, null, null])],
    [
      'bad timestamp',
      encodeCursor(hash, ["2026'; DROP TABLE person; --", null, ID]),
    ],
    ['unknown enum value', encodeCursor(hash, [null, 'WON', ID])],
    ['bad id', encodeCursor(hash, [null, null, 'x'])],
    [
      'numbers instead of text',
      Buffer.from(JSON.stringify({ h: hash, v: [1, 2, 3] })).toString(
        'base64url',
      ),
    ],
  ])('should refuse a malformed cursor (%s)', async (_, cursor) => {
    await expectQueryError(
      () => decodeCursor(cursor, keys, hash),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      'The "after" cursor is malformed; pass an endCursor exactly as returned',
    );
  });
});
