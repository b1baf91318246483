import { type CircuitState } from '../types/circuit-state.type';

// What a caller may do now: run its call, run the one probe, or give up.
export type CircuitDecision = 'pass' | 'probe' | 'refuse';

export type CircuitBreaker = {
  state: () => CircuitState;
  // Milliseconds until the next probe may run (0 unless open).
  retryInMs: () => number;
  decide: () => CircuitDecision;
  recordSuccess: () => void;
  recordFailure: () => void;
};

// A consecutive-failure circuit breaker with an injected clock (so its tests
// need no timers): `failureThreshold` failures in a row open it; after
// `coolDownMs` the next caller is told to probe while everyone else is still
// refused; the probe's success closes it, its failure opens it again for
// another cool-down.
export const createCircuitBreaker = ({
  failureThreshold,
  coolDownMs,
  now,
}: {
  failureThreshold: number;
  coolDownMs: number;
  now: () => number;
}): CircuitBreaker => {
  let failures = 0;
  let openedAt: number | null = null;
  let probing = false;

  const state = (): CircuitState => {
    if (openedAt === null) {
      return 'closed';
    }

    return probing || now() - openedAt >= coolDownMs ? 'half-open' : 'open';
  };

  const open = () => {
    openedAt = now();
    probing = false;
  };

  return {
    state,
    retryInMs: () =>
      openedAt === null ? 0 : Math.max(0, openedAt + coolDownMs - now()),
    decide: () => {
      const current = state();

      if (current === 'closed') {
        return 'pass';
      }

      if (current === 'half-open' && !probing) {
        probing = true;

        return 'probe';
      }

      return 'refuse';
    },
    recordSuccess: () => {
      failures = 0;
      openedAt = null;
      probing = false;
    },
    recordFailure: () => {
      if (openedAt !== null) {
        // A failed probe (or a call that started before the circuit opened):
        // another cool-down from now.
        if (probing || state() === 'open') {
          open();
        }

        return;
      }

      failures += 1;

      if (failures >= failureThreshold) {
        open();
      }
    },
  };
};
