import { parseTrustProxy } from '../parse-trust-proxy.util';

describe('parseTrustProxy', () => {
  it.each([
    ['false', false],
    ['true', true],
    ['1', 1],
    ['loopback', 'loopback'],
    ['10.0.0.0/8, 172.16.0.0/12', '10.0.0.0/8,172.16.0.0/12'],
    ['192.168.0.0/255.255.0.0', '192.168.0.0/255.255.0.0'],
    ['::1, fd00::/8', '::1,fd00::/8'],
  ])('should read %s', (value, expected) => {
    expect(parseTrustProxy(value)).toEqual(expected);
  });

  it.each(['yes', 'nginx', '10.0.0.0/33', '10.0.0.1/8/1', ' , ', '1.5'])(
    'should refuse %s',
    (value) => {
      expect(parseTrustProxy(value)).toBeNull();
    },
  );
});
