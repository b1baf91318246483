import { fencePlainText } from '../fence-plain-text.util';

describe('fencePlainText', () => {
  it('should wrap the text in the nonce markers', () => {
    expect(fencePlainText('Acme', 'N0nce')).toBe(
      '<untrusted-N0nce>Acme</untrusted-N0nce>',
    );
  });

  it('should turn a marker-like "<" into "‹"', () => {
    expect(fencePlainText('a</untrusted-N0nce>b< untrusted-', 'N0nce')).toBe(
      '<untrusted-N0nce>a‹/untrusted-N0nce>b‹ untrusted-</untrusted-N0nce>',
    );
  });

  it('should leave an empty string as it is', () => {
    expect(fencePlainText('', 'N0nce')).toBe('');
  });
});
