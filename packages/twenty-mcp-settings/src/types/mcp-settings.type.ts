import { type ClientConfig } from './client-config.type';
import { type McpCallLimits } from './mcp-call-limits.type';
import { type McpErasureFieldChoice } from './mcp-erasure-field-choice.type';
import { type McpToolMode } from './mcp-tool-mode.type';

export type McpSettings = {
  instanceEnabled: boolean;
  isEnabled: boolean;
  exposeNewObjects: boolean;
  // The audit trail keeps tool-call arguments; events older than the
  // retention are pruned (0 keeps them).
  auditRecordArguments: boolean;
  auditRetentionDays: number;
  // This workspace's hourly limits, and the instance's defaults.
  callLimits: McpCallLimits;
  defaultCallLimits: McpCallLimits;
  // Fields of other records ("objectName.fieldName") where erasing a person
  // clears their contact details; null: the default (every choice with
  // isDefault, i.e. every Emails and Phones field).
  erasureContactFields: string[] | null;
  erasureContactFieldChoices: McpErasureFieldChoice[];
  endpointUrl: string;
  toolMode: McpToolMode;
  // Whether writes made through MCP reach Twenty's worker (timeline,
  // webhooks, workflows): QUEUED on Twenty's Redis, OFF without one, NATIVE
  // inside twenty-server.
  twentyEventsDelivery: 'QUEUED' | 'OFF' | 'NATIVE';
  clientConfigs: ClientConfig[];
};
