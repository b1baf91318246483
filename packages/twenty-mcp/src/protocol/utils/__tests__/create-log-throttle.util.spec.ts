import { createLogThrottle } from '../create-log-throttle.util';

describe('createLogThrottle', () => {
  it('should let a burst through, then hold lines back until the bucket refills, counting them', () => {
    const throttle = createLogThrottle({ burst: 2, perMinute: 6 });
    const at = (seconds: number) => throttle.take('a', seconds * 1000);

    expect(at(0)).toEqual({ log: true, suppressed: 0 });
    expect(at(0)).toEqual({ log: true, suppressed: 0 });
    expect(at(1)).toEqual({ log: false, suppressed: 1 });
    expect(at(2)).toEqual({ log: false, suppressed: 2 });
    // One token every 10 s.
    expect(at(10)).toEqual({ log: true, suppressed: 2 });
    expect(at(11)).toEqual({ log: false, suppressed: 1 });
  });

  it('should count each key on its own', () => {
    const throttle = createLogThrottle({ burst: 1 });

    expect(throttle.take('a', 0).log).toBe(true);
    expect(throttle.take('a', 0).log).toBe(false);
    expect(throttle.take('b', 0).log).toBe(true);
  });
});
