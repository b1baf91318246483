import { createCircuitBreaker } from '../create-circuit-breaker.util';

describe('createCircuitBreaker', () => {
  const setup = () => {
    let time = 1_000;
    const breaker = createCircuitBreaker({
      failureThreshold: 3,
      coolDownMs: 2_000,
      now: () => time,
    });

    return {
      breaker,
      advance: (ms: number) => {
        time += ms;
      },
      failTimes: (count: number) => {
        for (let index = 0; index < count; index += 1) {
          breaker.recordFailure();
        }
      },
    };
  };

  it('should let calls pass while closed and below the threshold', () => {
    const { breaker, failTimes } = setup();

    failTimes(2);

    expect(breaker.state()).toBe('closed');
    expect(breaker.decide()).toBe('pass');
    expect(breaker.retryInMs()).toBe(0);
  });

  it('should count only consecutive failures', () => {
    const { breaker, failTimes } = setup();

    failTimes(2);
    breaker.recordSuccess();
    failTimes(2);

    expect(breaker.state()).toBe('closed');
  });

  it('should open at the threshold and refuse until the cool-down ends', () => {
    const { breaker, failTimes, advance } = setup();

    failTimes(3);

    expect(breaker.state()).toBe('open');
    expect(breaker.decide()).toBe('refuse');
    expect(breaker.retryInMs()).toBe(2_000);

    advance(1_999);

    expect(breaker.decide()).toBe('refuse');
    expect(breaker.retryInMs()).toBe(1);
  });

  it('should let exactly one probe through after the cool-down', () => {
    const { breaker, failTimes, advance } = setup();

    failTimes(3);
    advance(2_000);

    expect(breaker.state()).toBe('half-open');
    expect(breaker.decide()).toBe('probe');
    expect(breaker.decide()).toBe('refuse');
    expect(breaker.state()).toBe('half-open');
  });

  it('should close when the probe succeeds', () => {
    const { breaker, failTimes, advance } = setup();

    failTimes(3);
    advance(2_000);
    breaker.decide();
    breaker.recordSuccess();

    expect(breaker.state()).toBe('closed');
    expect(breaker.decide()).toBe('pass');
    // A fresh count: one failure does not reopen it.
    breaker.recordFailure();
    expect(breaker.state()).toBe('closed');
  });

  it('should open for another cool-down when the probe fails', () => {
    const { breaker, failTimes, advance } = setup();

    failTimes(3);
    advance(5_000);
    breaker.decide();
    breaker.recordFailure();

    expect(breaker.state()).toBe('open');
    expect(breaker.decide()).toBe('refuse');
    expect(breaker.retryInMs()).toBe(2_000);

    advance(2_000);

    expect(breaker.decide()).toBe('probe');
  });

  it('should restart the cool-down when a call that started earlier fails while open', () => {
    const { breaker, failTimes, advance } = setup();

    failTimes(3);
    advance(1_000);
    breaker.recordFailure();

    expect(breaker.retryInMs()).toBe(2_000);
  });
});
