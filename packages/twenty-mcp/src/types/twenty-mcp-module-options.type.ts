import { type DataSource } from 'typeorm';

import { type AuthPort } from '../ports/auth.port';
import { type MetadataPort } from '../ports/metadata.port';
import { type RecordsPort } from '../ports/records.port';
import { type ToolMode } from '../workspace-context/types/tool-mode.type';

export type TwentyMcpModuleOptions = {
  // Base URL clients reach the server at, e.g. https://crm.example.com.
  publicUrl: string;
  // URL path of the MCP endpoint (default /mcp).
  path?: string;
  // Twenty's core database and APP_SECRET, for the Postgres adapters.
  dataSource?: DataSource;
  appSecret?: string;
  // Adapters replacing the Postgres ones (e.g. on Twenty's own services).
  adapters?: Partial<{
    auth: AuthPort;
    metadata: MetadataPort;
    records: RecordsPort;
  }>;
  toolMode?: ToolMode;
  // Hostnames accepted in Host (default: loopback names and publicUrl's host).
  allowedHosts?: string[];
  // Browser origins allowed besides loopback.
  allowedOrigins?: string[];
  // OAuth authorization servers advertised in the protected-resource metadata.
  authorizationServers?: string[];
  // How often workspaces with listening clients are checked for changes.
  listChangedPollIntervalMs?: number;
};
