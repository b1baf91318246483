import { type CapturedStatement } from '../types/captured-statement.type';
import {
  type BenchIpcReply,
  type BenchIpcRequest,
} from '../types/bench-ipc-message.type';

// Loaded into a server child with `node --require` (bench only): records
// the statements the process sends through pg between capture-start and
// capture-stop, and reports heap after a forced GC (with --expose-gc) and
// CPU time, all on request over the IPC channel. Outside a capture the
// wrapper costs one boolean test per query.

type QueryConfig = {
  text?: unknown;
  values?: unknown;
  name?: unknown;
  rowMode?: unknown;
};

let captured: CapturedStatement[] | null = null;

const toStatement = (
  config: unknown,
  values: unknown,
): CapturedStatement | null => {
  if (typeof config === 'string') {
    return {
      text: config,
      ...(Array.isArray(values) ? { values: values as unknown[] } : {}),
    };
  }

  if (typeof config !== 'object' || config === null) {
    return null;
  }

  const { text, name, rowMode } = config as QueryConfig;
  const configValues = (config as QueryConfig).values ?? values;

  return typeof text === 'string'
    ? {
        text,
        ...(Array.isArray(configValues)
          ? { values: configValues as unknown[] }
          : {}),
        ...(typeof name === 'string' ? { name } : {}),
        ...(typeof rowMode === 'string' ? { rowMode } : {}),
      }
    : null;
};

const wrapPg = () => {
  let pg: { Client: { prototype: { query: (...args: unknown[]) => unknown } } };

  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    pg = require('pg');
  } catch {
    // A child without pg (the no-op floor) has nothing to capture.
    return;
  }

  const original = pg.Client.prototype.query;

  pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    if (captured) {
      const statement = toStatement(args[0], args[1]);

      if (!statement) {
        return original.apply(this, args);
      }

      statement.at = performance.timeOrigin + performance.now();

      try {
        // Copied now: the caller may reuse its values array.
        captured.push(JSON.parse(JSON.stringify(statement)));
      } catch {
        // Values JSON cannot hold (bigint): the text alone still tells.
        captured.push({ text: statement.text, at: statement.at });
      }
    }

    return original.apply(this, args);
  };
};

const reply = (message: BenchIpcReply) => process.send?.(message);

const handle = (message: BenchIpcRequest) => {
  switch (message.type) {
    case 'bench:capture-start':
      captured = [];
      reply({ type: 'bench:capture-started' });
      break;
    case 'bench:capture-stop':
      reply({ type: 'bench:captured', statements: captured ?? [] });
      captured = null;
      break;
    case 'bench:memory': {
      const gc = (globalThis as { gc?: () => void }).gc;

      gc?.();

      const usage = process.memoryUsage();

      reply({
        type: 'bench:memory',
        heapUsed: usage.heapUsed,
        rss: usage.rss,
        gc: Boolean(gc),
      });
      break;
    }
    case 'bench:cpu': {
      const usage = process.cpuUsage();

      reply({ type: 'bench:cpu', microseconds: usage.user + usage.system });
      break;
    }
  }
};

if (process.send) {
  wrapPg();
  process.on('message', (message: BenchIpcRequest) => handle(message));
  // The channel must not keep a stopping server alive.
  process.channel?.unref();
}
