import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('McpViewer')
export class McpViewerDTO {
  @Field()
  name!: string;

  @Field(() => ID)
  workspaceId!: string;

  @Field()
  workspaceName!: string;

  @Field()
  roleLabel!: string;
}
