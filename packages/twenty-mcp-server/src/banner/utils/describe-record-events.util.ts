import { type TwentyMcpAdminService } from '@twenty-mcp/twenty-mcp';

type RecordEventsStatus = ReturnType<
  TwentyMcpAdminService['getRecordEventsStatus']
>;

// The banner's line about Twenty's worker: whether writes made through MCP
// reach Twenty's timeline, audit logs, webhooks and triggers.
export const describeRecordEvents = (status: RecordEventsStatus): string => {
  switch (status.delivery) {
    case 'queued':
      return "writes are announced on Twenty's Redis queues (timeline, audit logs, webhooks, app triggers; not database-event workflows)";
    case 'off':
      return "off — no REDIS_URL: records written through MCP do not reach Twenty's timeline, audit logs, webhooks or workflows. Set REDIS_URL to Twenty's Redis.";
    case 'native':
      return "Twenty's own services announce writes";
  }
};
