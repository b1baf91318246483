import { type Writable } from 'node:stream';

// What a command of the host reads and writes: the process's in tests.
export type CommandIo = {
  env: NodeJS.ProcessEnv;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
};
