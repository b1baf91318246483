import { Field, ID, ObjectType } from '@nestjs/graphql';

import { McpScopeEnum } from '../enums/mcp-scope.enum';
import { McpTokenStatus } from '../enums/mcp-token-status.enum';
import { McpRoleDTO } from './mcp-role.dto';

@ObjectType('McpToken')
export class McpTokenDTO {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  displayPrefix!: string;

  // Null once the role is deleted in Twenty (the token then fails).
  @Field(() => McpRoleDTO, { nullable: true })
  role!: McpRoleDTO | null;

  @Field(() => [McpScopeEnum])
  scopes!: McpScopeEnum[];

  @Field(() => [ID], { nullable: true })
  objectIds!: string[] | null;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field(() => McpTokenStatus)
  status!: McpTokenStatus;
}
