import { escapeLikePattern } from '../escape-like-pattern.util';

describe('escapeLikePattern', () => {
  it('should escape LIKE wildcards and the escape character', () => {
    expect(escapeLikePattern('100%_off\\deal')).toBe('100\\%\\_off\\\\deal');
  });

  it('should leave plain text alone', () => {
    expect(escapeLikePattern("O'Brien & Co")).toBe("O'Brien & Co");
  });
});
