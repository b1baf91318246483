import { type CursorValues } from '../../../../domain/records/types/cursor-values.type';
import { type SortKey } from '../../../../domain/records/types/sort-key.type';
import { type SqlBuildContext } from '../types/sql-build-context.type';
import { getSqlCast } from './get-sql-cast.util';
import { isNonNullableLeaf } from '../../../../domain/records/utils/is-non-nullable-leaf.util';
import { quoteIdentifier } from './quote-identifier.util';
import { getLeafColumn } from '../../../../domain/records/utils/get-leaf-column.util';
import { toColumnDescriptor } from './to-column-descriptor.util';

// Rows strictly after the cursor row in the (total) order of `keys`:
//   OR over i of (k0 = v0 AND … AND k(i-1) = v(i-1) AND ki "after" vi)
// where NULLs sit first or last as each key says, so "after" is:
//   v NULL, nulls first → k IS NOT NULL;  v NULL, nulls last → nothing;
//   v set → k > v (asc) / k < v (desc), plus OR k IS NULL if nulls last.
export const buildKeysetPredicate = (
  keys: readonly SortKey[],
  values: CursorValues,
  { object, schemaName, params }: SqlBuildContext,
): string => {
  const placeholders = values.map((value, index) =>
    value === null
      ? null
      : params.add(
          value,
          getSqlCast(toColumnDescriptor(object, keys[index].leaf), schemaName),
        ),
  );
  const equal = (index: number) => {
    const column = quoteIdentifier(getLeafColumn(keys[index].leaf));
    const placeholder = placeholders[index];

    return placeholder === null
      ? `${column} IS NULL`
      : `${column} = ${placeholder}`;
  };
  const after = (index: number): string | null => {
    const { leaf, direction } = keys[index];
    const column = quoteIdentifier(getLeafColumn(leaf));
    const placeholder = placeholders[index];
    const nullsFirst = direction.endsWith('NullsFirst');

    if (placeholder === null) {
      return nullsFirst ? `${column} IS NOT NULL` : null;
    }

    const comparison = `${column} ${direction.startsWith('Asc') ? '>' : '<'} ${placeholder}`;

    // A NOT NULL column (id, createdAt) has no NULLs to come after.
    return nullsFirst || isNonNullableLeaf(leaf)
      ? comparison
      : `(${comparison} OR ${column} IS NULL)`;
  };
  const disjuncts = keys.flatMap((_, index) => {
    const strictlyAfter = after(index);

    if (strictlyAfter === null) {
      return [];
    }

    const terms = [
      ...keys.slice(0, index).map((__, prior) => equal(prior)),
      strictlyAfter,
    ];

    return [terms.length === 1 ? terms[0] : `(${terms.join(' AND ')})`];
  });

  return disjuncts.length === 0 ? 'FALSE' : `(${disjuncts.join(' OR ')})`;
};
