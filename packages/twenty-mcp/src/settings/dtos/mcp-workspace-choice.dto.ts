import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('McpWorkspaceChoice')
export class McpWorkspaceChoiceDTO {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;
}
