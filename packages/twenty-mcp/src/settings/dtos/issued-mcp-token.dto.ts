import { Field, ObjectType } from '@nestjs/graphql';

import { McpTokenDTO } from './mcp-token.dto';

@ObjectType('IssuedMcpToken')
export class IssuedMcpTokenDTO {
  @Field({ description: 'Shown once; only its hash is stored.' })
  token!: string;

  @Field(() => McpTokenDTO)
  record!: McpTokenDTO;
}
