import { parseProcStatCpuTicks } from '../parse-proc-stat.util';

describe('parseProcStatCpuTicks', () => {
  // Fields 14 (utime) = 150 and 15 (stime) = 42.
  const line = (command: string) =>
    `4242 (${command}) S 1 4242 4242 0 -1 4194560 9000 0 0 0 150 42 0 0 20 0 11 0 123456 1000000 5000 18446744073709551615`;

  it('should add user and system ticks', () => {
    expect(parseProcStatCpuTicks(line('node'))).toBe(192);
  });

  it('should count fields from the last parenthesis when the command has spaces and parentheses', () => {
    expect(parseProcStatCpuTicks(line('node (worker) 1'))).toBe(192);
  });

  it('should refuse a line without those fields', () => {
    expect(() => parseProcStatCpuTicks('4242 (node) S 1')).toThrow(
      'unreadable',
    );
  });
});
