import { TwentyMcpException } from '../../../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type ObjectSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { getFieldApiKey } from '../../../../domain/workspace/utils/get-field-api-key.util';
import { getFieldLeaves } from '../../../../domain/records/utils/get-field-leaves.util';
import { isDatabaseUnreachableError } from '../../../../domain/exceptions/utils/is-database-unreachable-error.util';
import { getLeafColumn } from '../../../../domain/records/utils/get-leaf-column.util';

type DatabaseError = {
  code?: unknown;
  detail?: unknown;
  table?: unknown;
  // TypeORM's QueryFailedError keeps pg's error here (and copies its fields).
  driverError?: unknown;
};

// PostgreSQL's DETAIL of a key violation: `Key ("companyId")=(…) is not
// present in table "company".` or `Key ("emailsPrimaryEmail")=(…) already
// exists.`
const KEY_DETAIL =
  /^Key \((.+?)\)=\((.*)\) (?:already exists|is not present in table "(.+)")\.$/s;

const unquote = (identifier: string) =>
  identifier
    .trim()
    .replace(/^"(.*)"$/s, '$1')
    .replace(/""/g, '"');

const findObjectByTable = (
  objects: readonly ObjectSchema[],
  table: unknown,
): ObjectSchema | undefined =>
  objects.find((object) => object.tableName === table);

// A column of `object` as the caller names it: `companyId`,
// `emails.primaryEmail`; the column itself when no field has it.
const toApiPath = (object: ObjectSchema | undefined, column: string) => {
  for (const field of object?.fields ?? []) {
    const leaf = getFieldLeaves(field).find(
      (candidate) => getLeafColumn(candidate) === column,
    );

    if (leaf) {
      return leaf.subField
        ? `${getFieldApiKey(field)}.${leaf.subField}`
        : getFieldApiKey(field);
    }
  }

  return column;
};

// Every failure of a records query as a TwentyMcpException (the port's
// promise): what the caller's values cause (an id that matches no record, a
// value a unique field already holds, text PostgreSQL cannot store) says so
// and how to fix it; an unreachable database is SERVICE_UNAVAILABLE;
// anything else is INTERNAL_ERROR, with the driver's error kept in details
// for the log, never in the message.
export const translateDatabaseError = (
  error: unknown,
  objects: readonly ObjectSchema[],
): TwentyMcpException => {
  if (error instanceof TwentyMcpException) {
    return error;
  }

  const internal = new TwentyMcpException(
    'The database could not complete this request; nothing was changed.',
    TwentyMcpExceptionCode.INTERNAL_ERROR,
    { details: { cause: error } },
  );

  if (typeof error !== 'object' || error === null) {
    return internal;
  }

  const { driverError } = error as DatabaseError;
  const { code, detail, table } = (
    typeof driverError === 'object' && driverError !== null
      ? driverError
      : error
  ) as DatabaseError;

  if (isDatabaseUnreachableError(error)) {
    return new TwentyMcpException(
      'The CRM database is unreachable; retry in a few seconds. Nothing was changed.',
      TwentyMcpExceptionCode.SERVICE_UNAVAILABLE,
      { details: { cause: error } },
    );
  }

  if (code === '22021' || code === '22P05') {
    return new TwentyMcpException(
      'A value contains the NUL character (\\u0000), which PostgreSQL cannot store or compare; remove it. Nothing was written.',
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
    );
  }

  if (code !== '23503' && code !== '23505') {
    return internal;
  }

  const match = typeof detail === 'string' ? KEY_DETAIL.exec(detail) : null;

  if (!match) {
    return internal;
  }
  const object = findObjectByTable(objects, table);
  const paths = match[1]
    .split(',')
    .map((column) => toApiPath(object, unquote(column)));
  const label = object?.labelSingular.toLowerCase() ?? 'record';

  if (code === '23503') {
    const target = findObjectByTable(objects, match[3]);

    return new TwentyMcpException(
      `"${paths.join('", "')}" is ${match[2]}, but no ${target?.labelSingular.toLowerCase() ?? 'record'} has that id; pass the id of an existing record. Nothing was written.`,
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
    );
  }

  return new TwentyMcpException(
    `Another ${label} already has ${paths.join(', ')} = ${match[2]}, which must be unique; use a different value or update that ${label}. Nothing was written.`,
    TwentyMcpExceptionCode.CONFLICT,
  );
};
