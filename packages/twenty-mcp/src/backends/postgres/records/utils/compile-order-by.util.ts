import { type SortKey } from '../../../../domain/records/types/sort-key.type';
import { quoteIdentifier } from './quote-identifier.util';
import { getLeafColumn } from '../../../../domain/records/utils/get-leaf-column.util';

// `"closeDate" ASC NULLS LAST, "id" ASC NULLS LAST`
export const compileOrderBy = (keys: readonly SortKey[]): string =>
  keys
    .map(({ leaf, direction }) => {
      const order = direction.startsWith('Asc') ? 'ASC' : 'DESC';
      const nulls = direction.endsWith('NullsFirst')
        ? 'NULLS FIRST'
        : 'NULLS LAST';

      return `${quoteIdentifier(getLeafColumn(leaf))} ${order} ${nulls}`;
    })
    .join(', ');
