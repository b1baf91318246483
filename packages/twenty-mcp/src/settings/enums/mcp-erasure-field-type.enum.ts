import { registerEnumType } from '@nestjs/graphql';

// The field types erasing a person may clear elsewhere: Emails and Phones
// by default, Text when an admin names it (e.g. a message participant's
// handle holds an email address).
export enum McpErasureFieldTypeEnum {
  EMAILS = 'EMAILS',
  PHONES = 'PHONES',
  TEXT = 'TEXT',
}

registerEnumType(McpErasureFieldTypeEnum, { name: 'McpErasureFieldType' });
