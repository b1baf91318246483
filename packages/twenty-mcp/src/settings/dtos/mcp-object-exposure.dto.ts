import { Field, ID, ObjectType } from '@nestjs/graphql';

import { McpFieldExposureDTO } from './mcp-field-exposure.dto';

@ObjectType('McpObjectExposure')
export class McpObjectExposureDTO {
  @Field(() => ID)
  objectId!: string;

  @Field()
  nameSingular!: string;

  @Field()
  labelSingular!: string;

  @Field()
  labelPlural!: string;

  @Field()
  isCustom!: boolean;

  @Field({ description: 'An admin set this object; else the default applies.' })
  isCustomized!: boolean;

  @Field({
    description:
      'What the default is, and so what resetObjectExposure gives: true, every operation and every field; false, hidden from AI clients (a custom object while the workspace does not expose new objects).',
  })
  isExposedByDefault!: boolean;

  @Field()
  canRead!: boolean;

  @Field()
  canCreate!: boolean;

  @Field()
  canUpdate!: boolean;

  @Field()
  canDelete!: boolean;

  @Field(() => [McpFieldExposureDTO])
  fields!: McpFieldExposureDTO[];
}
