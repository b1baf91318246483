import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { buildCompositeValueSchema } from '../build-composite-value-schema.util';

describe('buildCompositeValueSchema', () => {
  it('should show currency as amount in units, not micros', () => {
    const schema = buildCompositeValueSchema({
      type: FieldMetadataType.CURRENCY,
      mode: 'output',
    });

    expect(Object.keys(schema?.properties ?? {})).toEqual([
      'amount',
      'currencyCode',
    ]);
    expect(schema?.additionalProperties).toBe(false);
  });

  it('should bound additional values on writes by maxNumberOfValues', () => {
    const single = buildCompositeValueSchema({
      type: FieldMetadataType.EMAILS,
      mode: 'input',
      maxAdditionalValues: 0,
    });
    const three = buildCompositeValueSchema({
      type: FieldMetadataType.LINKS,
      mode: 'input',
      maxAdditionalValues: 2,
    });

    expect(Object.keys(single?.properties ?? {})).toEqual(['primaryEmail']);
    expect(three?.properties?.secondaryLinks.maxItems).toBe(2);
  });

  it('should show the actor without its internal context, and be null for non-composites', () => {
    expect(
      Object.keys(
        buildCompositeValueSchema({
          type: FieldMetadataType.ACTOR,
          mode: 'output',
        })?.properties ?? {},
      ),
    ).toEqual(['source', 'workspaceMemberId', 'name']);
    expect(
      buildCompositeValueSchema({
        type: FieldMetadataType.TEXT,
        mode: 'output',
      }),
    ).toBeNull();
  });
});
