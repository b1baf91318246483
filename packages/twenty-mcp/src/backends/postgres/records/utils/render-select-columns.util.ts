import { type SelectColumn } from '../types/select-column.type';
import { quoteIdentifier } from './quote-identifier.util';

// `"id", "addOns"::text[] AS "addOns", …`
export const renderSelectColumns = (columns: readonly SelectColumn[]): string =>
  columns
    .map(({ expression, alias }) => {
      const quotedAlias = quoteIdentifier(alias);

      return expression === quotedAlias
        ? expression
        : `${expression} AS ${quotedAlias}`;
    })
    .join(', ');
