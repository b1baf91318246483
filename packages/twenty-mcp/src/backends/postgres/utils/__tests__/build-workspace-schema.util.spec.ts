import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { buildDemoWorkspaceSchema } from '../../../../../test/fixtures/demo-workspace-schema.fixture';

describe('buildWorkspaceSchema', () => {
  const schema = buildDemoWorkspaceSchema();
  const object = (name: string) =>
    schema.objects.find((candidate) => candidate.nameSingular === name)!;
  const field = (objectName: string, fieldName: string) =>
    object(objectName).fields.find(
      (candidate) => candidate.name === fieldName,
    )!;

  it('should name tables as Twenty does, custom ones with an underscore', () => {
    expect(object('person').tableName).toBe('person');
    expect(object('subscription')).toMatchObject({
      isCustom: true,
      tableName: '_subscription',
    });
  });

  it('should resolve identifier fields by name', () => {
    expect(object('company')).toMatchObject({
      labelIdentifierFieldName: 'name',
      imageIdentifierFieldName: 'domainName',
    });
  });

  it('should describe both sides of a relation', () => {
    expect(field('person', 'company').relation).toEqual({
      direction: 'MANY_TO_ONE',
      targetObjectName: 'company',
      targetFieldName: 'people',
      joinColumnName: 'companyId',
      onDelete: 'SET_NULL',
      morphId: null,
    });
    expect(field('company', 'people').relation).toMatchObject({
      direction: 'ONE_TO_MANY',
      targetObjectName: 'person',
      targetFieldName: 'company',
      joinColumnName: null,
    });
  });

  it('should keep the morph id on each morph target row', () => {
    expect(field('noteTarget', 'targetCompany')).toMatchObject({
      type: FieldMetadataType.MORPH_RELATION,
      relation: {
        joinColumnName: 'targetCompanyId',
        morphId: '20202020-f635-435d-ab8d-e1168b375c70',
      },
    });
  });
});
