import { findMissingLayout } from '../find-missing-layout.util';

const REQUIRED = {
  workspace: ['id', 'databaseSchema'],
  fieldMetadata: ['id', 'isUIEditable'],
};

describe(findMissingLayout.name, () => {
  it('should find nothing missing when every table and column is there', () => {
    expect(
      findMissingLayout(
        REQUIRED,
        new Set([
          'workspace',
          'workspace.id',
          'workspace.databaseSchema',
          'fieldMetadata',
          'fieldMetadata.id',
          'fieldMetadata.isUIEditable',
        ]),
      ),
    ).toEqual([]);
  });

  it('should name a missing column with its table', () => {
    expect(
      findMissingLayout(
        REQUIRED,
        new Set([
          'workspace',
          'workspace.id',
          'workspace.databaseSchema',
          'fieldMetadata',
          'fieldMetadata.id',
        ]),
      ),
    ).toEqual(['core."fieldMetadata"."isUIEditable"']);
  });

  it('should name a missing table once, not each of its columns', () => {
    expect(
      findMissingLayout(
        REQUIRED,
        new Set([
          'fieldMetadata',
          'fieldMetadata.id',
          'fieldMetadata.isUIEditable',
        ]),
      ),
    ).toEqual(['core."workspace"']);
  });
});
