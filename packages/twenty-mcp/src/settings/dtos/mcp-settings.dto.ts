import { Field, ObjectType } from '@nestjs/graphql';

import { McpToolModeEnum } from '../enums/mcp-tool-mode.enum';
import { McpTwentyEventsDeliveryEnum } from '../enums/mcp-twenty-events-delivery.enum';
import { McpClientConfigDTO } from './mcp-client-config.dto';

@ObjectType('McpSettings')
export class McpSettingsDTO {
  // The instance switch (MCP_ENABLED); off, no workspace serves MCP.
  @Field()
  instanceEnabled!: boolean;

  @Field()
  isEnabled!: boolean;

  @Field({
    description: 'Custom objects without their own exposure are exposed.',
  })
  exposeNewObjects!: boolean;

  @Field()
  endpointUrl!: string;

  @Field(() => McpToolModeEnum)
  toolMode!: McpToolModeEnum;

  // docs/twenty-events.md
  @Field(() => McpTwentyEventsDeliveryEnum)
  twentyEventsDelivery!: McpTwentyEventsDeliveryEnum;

  @Field(() => [McpClientConfigDTO], {
    description: 'Configurations of common MCP clients for this endpoint.',
  })
  clientConfigs!: McpClientConfigDTO[];
}
