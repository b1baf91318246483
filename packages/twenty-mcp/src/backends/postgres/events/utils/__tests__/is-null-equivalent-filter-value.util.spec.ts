import { isNullEquivalentFilterValue } from '../is-null-equivalent-filter-value.util';

describe('isNullEquivalentFilterValue', () => {
  it.each([
    ['TEXT', undefined, '', true],
    ['TEXT', undefined, null, true],
    ['TEXT', undefined, 'a', false],
    ['FULL_NAME', 'firstName', '', true],
    ['FULL_NAME', undefined, '', false],
    ['ADDRESS', 'addressCity', null, true],
    ['ADDRESS', 'addressLat', null, false],
    ['EMAILS', 'primaryEmail', '', true],
    ['EMAILS', 'additionalEmails', [], true],
    ['PHONES', 'additionalPhones', null, true],
    ['LINKS', 'secondaryLinks', ['x'], false],
    ['LINKS', 'primaryLinkUrl', '', true],
    ['MULTI_SELECT', undefined, [], true],
    ['MULTI_SELECT', undefined, '["A"]', false],
    ['MULTI_SELECT', undefined, { a: 1 }, false],
    ['ARRAY', undefined, '', 'unknown'],
    ['ARRAY', undefined, {}, 'unknown'],
    ['ARRAY', undefined, [null], 'unknown'],
    ['ARRAY', undefined, 0, 'unknown'],
    ['RAW_JSON', undefined, null, false],
    ['array', undefined, [], false],
  ])('%s %s %j → %s', (type, subField, value, expected) => {
    expect(isNullEquivalentFilterValue(type, subField, value)).toBe(expected);
  });
});
