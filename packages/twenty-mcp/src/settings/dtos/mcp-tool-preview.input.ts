import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsUUID,
} from 'class-validator';

import { McpScopeEnum } from '../enums/mcp-scope.enum';
import { McpToolModeEnum } from '../enums/mcp-tool-mode.enum';

@InputType()
export class McpToolPreviewInput {
  @Field(() => ID)
  @IsUUID()
  roleId!: string;

  @Field(() => [McpScopeEnum])
  @IsArray()
  @IsEnum(McpScopeEnum, { each: true })
  scopes!: McpScopeEnum[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  objectIds?: string[] | null;

  @Field(() => McpToolModeEnum, { nullable: true })
  @IsOptional()
  @IsEnum(McpToolModeEnum)
  mode?: McpToolModeEnum | null;
}
