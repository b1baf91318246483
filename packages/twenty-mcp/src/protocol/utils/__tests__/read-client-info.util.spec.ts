import { readClientInfo } from '../read-client-info.util';

describe('readClientInfo', () => {
  it('should read the client the SDK server knows', () => {
    expect(readClientInfo({ name: 'cli', version: '2.1' })).toEqual({
      clientName: 'cli',
      clientVersion: '2.1',
    });
  });

  it('should say nothing for a client it does not know', () => {
    expect(readClientInfo(undefined)).toEqual({
      clientName: null,
      clientVersion: null,
    });
  });
});
