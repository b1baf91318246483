import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('McpRole')
export class McpRoleDTO {
  @Field(() => ID)
  id!: string;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;
}
