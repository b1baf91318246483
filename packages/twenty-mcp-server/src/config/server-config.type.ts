import { type ToolMode } from '@twenty-mcp/twenty-mcp';

export type ServerConfig = {
  host: string;
  port: number;
  // Base URL clients use; defaults to http://<host>:<port>.
  publicUrl: string;
  path: string;
  // Unset: the embedded demo database.
  databaseUrl: string | null;
  appSecret: string | null;
  toolMode: ToolMode;
  allowedHosts?: string[];
  allowedOrigins?: string[];
  // How often workspaces with open notification streams are checked for
  // model changes; the module's default (5 s) when unset.
  listChangedPollIntervalMs?: number;
};
