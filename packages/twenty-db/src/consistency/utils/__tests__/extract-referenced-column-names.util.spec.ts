import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { buildSearchVectorExpression } from '../../../workspace-schema/utils/build-search-vector-expression.util';
import { extractReferencedColumnNames } from '../extract-referenced-column-names.util';

describe('extractReferencedColumnNames', () => {
  it('should list the columns a search vector expression reads, once each', () => {
    const expression = buildSearchVectorExpression([
      { name: 'name', type: FieldMetadataType.TEXT },
      { name: 'emails', type: FieldMetadataType.EMAILS },
    ]);
    const columns = new Set([
      'id',
      'name',
      'emailsPrimaryEmail',
      'emailsAdditionalEmails',
      'searchVector',
    ]);

    expect(extractReferencedColumnNames(expression, columns)).toEqual([
      'name',
      'emailsPrimaryEmail',
      'emailsAdditionalEmails',
    ]);
  });

  it('should ignore function calls and string literals named like columns', () => {
    expect(
      extractReferencedColumnNames(
        `lower("title") || 'name'`,
        new Set(['lower', 'name', 'title']),
      ),
    ).toEqual(['title']);
  });

  it('should match bare identifiers case-insensitively, quoted ones exactly', () => {
    expect(
      extractReferencedColumnNames(
        'NAME || "CamelCase" || camelcase',
        new Set(['name', 'CamelCase']),
      ),
    ).toEqual(['name', 'CamelCase']);
  });
});
