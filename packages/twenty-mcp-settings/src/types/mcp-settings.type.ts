import { type ClientConfig } from './client-config.type';
import { type McpToolMode } from './mcp-tool-mode.type';

export type McpSettings = {
  instanceEnabled: boolean;
  isEnabled: boolean;
  exposeNewObjects: boolean;
  endpointUrl: string;
  toolMode: McpToolMode;
  clientConfigs: ClientConfig[];
};
