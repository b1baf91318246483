import { type RecordColumnLayout } from '../../types/record-column-layout.type';
import { flattenRecord } from '../flatten-record.util';

const layout: RecordColumnLayout = {
  tableName: 'person',
  compositeColumns: new Map([
    [
      'name',
      new Map([
        ['firstName', 'nameFirstName'],
        ['lastName', 'nameLastName'],
      ]),
    ],
  ]),
  plainColumns: new Set(['jobTitle', 'companyId']),
  jsonbColumns: new Set(),
  generatedColumns: new Set(['searchVector']),
};

describe('flattenRecord', () => {
  it('should spread composite fields into their columns', () => {
    expect(
      flattenRecord(layout, {
        name: { firstName: 'Ada', lastName: 'Lovelace' },
        jobTitle: 'Analyst',
        companyId: null,
      }),
    ).toEqual({
      nameFirstName: 'Ada',
      nameLastName: 'Lovelace',
      jobTitle: 'Analyst',
      companyId: null,
    });
  });

  it('should refuse unknown fields and sub-fields', () => {
    expect(() => flattenRecord(layout, { salary: 1 })).toThrow(
      'person has no field or join column "salary"',
    );
    expect(() => flattenRecord(layout, { name: { middleName: 'x' } })).toThrow(
      'person.name has no sub-field "middleName"',
    );
  });

  it('should refuse generated columns', () => {
    expect(() => flattenRecord(layout, { searchVector: 'x' })).toThrow(
      'is generated',
    );
  });
});
