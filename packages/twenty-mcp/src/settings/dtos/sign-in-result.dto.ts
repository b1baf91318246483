import { Field, ObjectType } from '@nestjs/graphql';

import { McpWorkspaceChoiceDTO } from './mcp-workspace-choice.dto';

@ObjectType('SignInResult')
export class SignInResultDTO {
  // Null when the user belongs to several workspaces and chose none.
  @Field(() => String, { nullable: true })
  accessToken!: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => McpWorkspaceChoiceDTO, { nullable: true })
  workspace!: McpWorkspaceChoiceDTO | null;

  @Field(() => [McpWorkspaceChoiceDTO])
  workspaces!: McpWorkspaceChoiceDTO[];
}
