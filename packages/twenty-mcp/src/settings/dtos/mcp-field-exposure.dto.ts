import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('McpFieldExposure')
export class McpFieldExposureDTO {
  @Field(() => ID)
  fieldId!: string;

  @Field()
  name!: string;

  @Field()
  label!: string;

  @Field()
  type!: string;

  @Field()
  isHidden!: boolean;
}
