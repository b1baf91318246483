import { stepFilterContains } from '../step-filter-contains.util';

describe('stepFilterContains', () => {
  it.each([
    ['two lists sharing an item', ['a', 'b'], ['c', 'b'], true],
    ['two lists sharing none', ['a'], ['c'], false],
    ['a list and a JSON list', ['a', 'b'], '["x","b"]', true],
    ['a list and JSON text', ['a', 'b'], '"b"', true],
    ['a list and plain text', ['a', 'b'], 'b', true],
    ['a list and text it does not hold', ['ab'], 'a', false],
    ['text and a JSON list', 'EMAIL', '["CALENDAR","EMAIL"]', true],
    ['text and plain text', 'Engineer', 'gin', true],
    ['text and a JSON number', 'Room 12', '12', true],
    ['text and JSON null', 'null island', 'null', true],
    ['a number and text', 1234, '23', true],
    ['nothing and text', null, 'nu', true],
    ['nothing and nothing', undefined, undefined, true],
    ['an object, through its text', { a: 1 }, 'object', true],
  ])('%s', (_, left, right, expected) => {
    expect(stepFilterContains(left, right)).toBe(expected);
  });
});
