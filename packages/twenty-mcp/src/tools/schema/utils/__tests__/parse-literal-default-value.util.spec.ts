import { parseLiteralDefaultValue } from '../parse-literal-default-value.util';

describe('parseLiteralDefaultValue', () => {
  it.each([
    ["'NEW'", 'NEW'],
    ["''", ''],
    ["'it''s'", "it's"],
    [true, true],
    [0, 0],
    ['now', undefined],
    ['uuid', undefined],
    [null, undefined],
    [{ firstName: "''", lastName: "''" }, undefined],
  ])('should read %j as %j', (defaultValue, expected) => {
    expect(parseLiteralDefaultValue(defaultValue)).toBe(expected);
  });
});
