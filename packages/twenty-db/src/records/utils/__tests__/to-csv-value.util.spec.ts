import { toCsvValue } from '../to-csv-value.util';

describe('toCsvValue', () => {
  it('should tell NULL from an empty string', () => {
    expect(toCsvValue(null, false)).toBe('');
    expect(toCsvValue('', false)).toBe('""');
  });

  it('should double quotes inside strings', () => {
    expect(toCsvValue('say "hi", ok', false)).toBe('"say ""hi"", ok"');
  });

  it('should write jsonb as JSON, arrays included', () => {
    expect(toCsvValue(['a@x.com'], true)).toBe('"[""a@x.com""]"');
    expect(toCsvValue({ a: 1 }, true)).toBe('"{""a"":1}"');
  });

  it('should write other arrays as Postgres array literals', () => {
    expect(toCsvValue(['SSO', 'say "x"', null], false)).toBe(
      '"{""SSO"",""say \\""x\\"""",NULL}"',
    );
  });

  it('should write dates as ISO timestamps and numbers as they are', () => {
    expect(toCsvValue(new Date('2026-01-02T03:04:05Z'), false)).toBe(
      '2026-01-02T03:04:05.000Z',
    );
    expect(toCsvValue(12.5, false)).toBe('12.5');
    expect(toCsvValue(true, false)).toBe('true');
  });
});
