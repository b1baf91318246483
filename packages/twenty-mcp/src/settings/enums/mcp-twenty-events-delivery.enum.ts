import { registerEnumType } from '@nestjs/graphql';

export enum McpTwentyEventsDeliveryEnum {
  QUEUED = 'queued',
  OFF = 'off',
  NATIVE = 'native',
}

registerEnumType(McpTwentyEventsDeliveryEnum, {
  name: 'McpTwentyEventsDelivery',
  description:
    "Whether records written through MCP reach Twenty's timeline, audit logs, webhooks and workflows. queued: announced on Twenty's Redis; off: no Redis configured, they do not; native: written through Twenty itself.",
});
