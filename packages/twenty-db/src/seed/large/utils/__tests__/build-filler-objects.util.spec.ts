import { buildFillerObjects } from '../build-filler-objects.util';

describe('buildFillerObjects', () => {
  it('should build the asked number of custom objects with distinct names', () => {
    const objects = buildFillerObjects(120);

    expect(objects).toHaveLength(120);
    expect(new Set(objects.map((object) => object.nameSingular)).size).toBe(
      120,
    );
    expect(new Set(objects.map((object) => object.namePlural)).size).toBe(120);
    expect(objects.every((object) => object.isCustom)).toBe(true);
  });

  it('should give each object a label identifier among its fields', () => {
    for (const object of buildFillerObjects(3)) {
      expect(object.fields.map((field) => field.name)).toContain(
        object.labelIdentifierFieldName,
      );
    }
  });

  it('should build nothing for zero', () => {
    expect(buildFillerObjects(0)).toEqual([]);
  });
});
