import { createRecentReads } from '../create-recent-reads.util';

describe('createRecentReads', () => {
  let now: number;

  beforeEach(() => {
    now = 0;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
  });

  afterEach(() => jest.restoreAllMocks());

  it('should share a read for recheckMs, then read again', async () => {
    const reads = createRecentReads<number>({ recheckMs: 1000, maxKeys: 10 });
    let loads = 0;
    const load = () => Promise.resolve(++loads);

    expect(await reads.get('a', load)).toBe(1);
    now = 999;
    expect(await reads.get('a', load)).toBe(1);
    now = 1000;
    expect(await reads.get('a', load)).toBe(2);
    expect(await reads.get('b', load)).toBe(3);
  });

  it('should forget a failed read, and a key on request', async () => {
    const reads = createRecentReads<number>({ recheckMs: 1000, maxKeys: 10 });

    await expect(
      reads.get('a', () => Promise.reject(new Error('down'))),
    ).rejects.toThrow('down');
    expect(await reads.get('a', () => Promise.resolve(1))).toBe(1);
    reads.forget('a');
    expect(await reads.get('a', () => Promise.resolve(2))).toBe(2);
  });

  it('should keep at most maxKeys, dropping the least recently read', async () => {
    const reads = createRecentReads<string>({ recheckMs: 1000, maxKeys: 2 });

    await reads.get('a', () => Promise.resolve('a1'));
    await reads.get('b', () => Promise.resolve('b1'));
    await reads.get('c', () => Promise.resolve('c1'));

    expect(await reads.get('b', () => Promise.resolve('b2'))).toBe('b1');
    expect(await reads.get('a', () => Promise.resolve('a2'))).toBe('a2');
  });

  it('should read every time with recheckMs 0', async () => {
    const reads = createRecentReads<number>({ recheckMs: 0, maxKeys: 10 });
    let loads = 0;

    await reads.get('a', () => Promise.resolve(++loads));
    await reads.get('a', () => Promise.resolve(++loads));

    expect(loads).toBe(2);
  });
});
