import { Field, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { MAX_CALLS_PER_HOUR } from '../constants/max-calls-per-hour.const';

const BOUNDS = `a whole number from 1 to ${MAX_CALLS_PER_HOUR}`;

@InputType()
export class UpdateMcpSettingsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  isEnabled?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  exposeNewObjects?: boolean;

  // docs/audit-trail.md
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  auditRecordArguments?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({
    message: 'auditRetentionDays must be a whole number from 0 to 36500',
  })
  @Min(0, {
    message: 'auditRetentionDays must be a whole number from 0 to 36500',
  })
  @Max(36_500, {
    message: 'auditRetentionDays must be a whole number from 0 to 36500',
  })
  auditRetentionDays?: number;

  // Hourly call limits (docs/limits.md): null goes back to the instance's
  // default, left out keeps the current value.
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: `readCallsPerTokenPerHour must be ${BOUNDS}` })
  @Min(1, { message: `readCallsPerTokenPerHour must be ${BOUNDS}` })
  @Max(MAX_CALLS_PER_HOUR, {
    message: `readCallsPerTokenPerHour must be ${BOUNDS}`,
  })
  readCallsPerTokenPerHour?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: `writeCallsPerTokenPerHour must be ${BOUNDS}` })
  @Min(1, { message: `writeCallsPerTokenPerHour must be ${BOUNDS}` })
  @Max(MAX_CALLS_PER_HOUR, {
    message: `writeCallsPerTokenPerHour must be ${BOUNDS}`,
  })
  writeCallsPerTokenPerHour?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: `callsPerWorkspacePerHour must be ${BOUNDS}` })
  @Min(1, { message: `callsPerWorkspacePerHour must be ${BOUNDS}` })
  @Max(MAX_CALLS_PER_HOUR, {
    message: `callsPerWorkspacePerHour must be ${BOUNDS}`,
  })
  callsPerWorkspacePerHour?: number | null;

  // docs/guardrails.md, "Erasure": null goes back to the default, left out
  // keeps the current list; each entry must be one of
  // McpSettings.erasureContactFieldChoices (checked by the service).
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray({ message: 'erasureContactFields must be a list of fields' })
  @ArrayMaxSize(500, {
    message: 'erasureContactFields may name at most 500 fields',
  })
  @IsString({ each: true })
  @MaxLength(200, {
    each: true,
    message: 'erasureContactFields: each entry is at most 200 characters',
  })
  erasureContactFields?: string[] | null;
}
