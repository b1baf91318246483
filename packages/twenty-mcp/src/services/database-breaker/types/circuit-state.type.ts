// closed: calls run; open: calls are refused at once; half-open: the
// cool-down is over and one probe decides between the two.
export type CircuitState = 'closed' | 'open' | 'half-open';
