import { type ClientConfig } from './client-config.type';
import { type McpToolMode } from './mcp-tool-mode.type';

export type McpSettings = {
  instanceEnabled: boolean;
  isEnabled: boolean;
  exposeNewObjects: boolean;
  endpointUrl: string;
  toolMode: McpToolMode;
  // Whether writes made through MCP reach Twenty's worker (timeline,
  // webhooks, workflows): QUEUED on Twenty's Redis, OFF without one, NATIVE
  // inside twenty-server.
  twentyEventsDelivery: 'QUEUED' | 'OFF' | 'NATIVE';
  clientConfigs: ClientConfig[];
};
