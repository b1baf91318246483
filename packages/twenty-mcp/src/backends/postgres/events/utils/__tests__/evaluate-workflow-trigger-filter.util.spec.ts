import { type ObjectRecordEvent } from '../../types/object-record-event.type';
import { evaluateWorkflowTriggerFilter } from '../evaluate-workflow-trigger-filter.util';

describe('evaluateWorkflowTriggerFilter', () => {
  const now = new Date('2026-06-15T12:00:00.000Z');
  const event: ObjectRecordEvent = {
    recordId: 'p1',
    workspaceMemberId: 'm1',
    properties: {
      after: {
        id: 'p1',
        name: { firstName: 'Ada', lastName: 'Lovelace' },
        jobTitle: 'Engineer',
        city: '',
        emails: { primaryEmail: 'ada@acme.com', additionalEmails: [] },
        tags: ['VIP', 'EU'],
        stage: 'CUSTOMER',
        employees: 12,
        amount: { amountMicros: 5_000_000, currencyCode: 'EUR' },
        rating: 'RATING_3',
        isActive: true,
        birthday: '1990-06-15',
        lastContactAt: '2026-06-15T08:30:00.000Z',
        nextCallAt: '2026-07-01T09:00:00.000Z',
        deletedAt: null,
        companyId: 'c1',
        company: { id: 'c1', name: 'Acme' },
        createdBy: { source: 'EMAIL', workspaceMemberId: 'm1', name: 'Ada' },
        notes: '<p>hello</p>',
      },
    },
  };
  const after = (field: string) => `{{trigger.properties.after.${field}}}`;
  const condition = (
    type: string,
    operand: string,
    stepOutputKey: string,
    value: unknown,
    extra: Record<string, unknown> = {},
  ) => ({
    id: `f-${type}-${operand}`,
    type,
    operand,
    stepOutputKey,
    value,
    stepFilterGroupId: 'root',
    ...extra,
  });
  const evaluate = (
    stepFilters: unknown[],
    stepFilterGroups: unknown[] = [{ id: 'root', logicalOperator: 'AND' }],
  ) =>
    evaluateWorkflowTriggerFilter(
      { stepFilters, stepFilterGroups },
      event,
      now,
    );
  const one = (
    type: string,
    operand: string,
    field: string,
    value: unknown,
    extra?: Record<string, unknown>,
  ) => evaluate([condition(type, operand, after(field), value, extra)]);

  describe('no filter', () => {
    it.each([
      ['absent', undefined],
      ['null', null],
      ['without conditions', { stepFilters: [], stepFilterGroups: [] }],
      ['with groups only', { stepFilterGroups: [{ id: 'g' }] }],
      ['conditions not a list', { stepFilters: 'x' }],
      ['not an object', 'filter'],
    ])('should let every event through when the filter is %s', (_, filter) => {
      expect(evaluateWorkflowTriggerFilter(filter, event, now)).toBe(true);
    });
  });

  describe('groups', () => {
    const cityIs = (value: string, group: string) =>
      condition('TEXT', 'IS', after('jobTitle'), value, {
        stepFilterGroupId: group,
      });

    it('should combine a group by its logical operator', () => {
      const yes = cityIs('Engineer', 'g');
      const no = cityIs('Pilot', 'g');

      expect(evaluate([yes, no], [{ id: 'g', logicalOperator: 'AND' }])).toBe(
        false,
      );
      expect(evaluate([yes, no], [{ id: 'g', logicalOperator: 'OR' }])).toBe(
        true,
      );
      expect(evaluate([no, no], [{ id: 'g', logicalOperator: 'OR' }])).toBe(
        false,
      );
    });

    it('should evaluate nested groups as conditions of their parent', () => {
      const groups = [
        { id: 'root', logicalOperator: 'AND' },
        {
          id: 'either',
          logicalOperator: 'OR',
          parentStepFilterGroupId: 'root',
          positionInStepFilterGroup: 1,
        },
        {
          id: 'both',
          logicalOperator: 'AND',
          parentStepFilterGroupId: 'either',
          positionInStepFilterGroup: 0,
        },
      ];

      // root: engineer AND (pilot OR (engineer AND engineer))
      expect(
        evaluate(
          [
            cityIs('Engineer', 'root'),
            cityIs('Pilot', 'either'),
            cityIs('Engineer', 'both'),
            cityIs('Engineer', 'both'),
          ],
          groups,
        ),
      ).toBe(true);
      // root: engineer AND (pilot OR (engineer AND pilot))
      expect(
        evaluate(
          [
            cityIs('Engineer', 'root'),
            cityIs('Pilot', 'either'),
            cityIs('Engineer', 'both'),
            cityIs('Pilot', 'both'),
          ],
          groups,
        ),
      ).toBe(false);
    });

    it('should require every root group, and pass an empty group', () => {
      const groups = [
        { id: 'a', logicalOperator: 'OR' },
        { id: 'b', logicalOperator: 'OR' },
        { id: 'empty', logicalOperator: 'AND' },
      ];

      expect(
        evaluate([cityIs('Engineer', 'a'), cityIs('Engineer', 'b')], groups),
      ).toBe(true);
      expect(
        evaluate([cityIs('Engineer', 'a'), cityIs('Pilot', 'b')], groups),
      ).toBe(false);
    });

    it('should require every condition when there is no group, or no root group', () => {
      expect(
        evaluate([cityIs('Engineer', 'x'), cityIs('Engineer', 'y')], []),
      ).toBe(true);
      expect(
        evaluate([cityIs('Engineer', 'x'), cityIs('Pilot', 'y')], []),
      ).toBe(false);
      expect(
        evaluate(
          [cityIs('Engineer', 'child'), cityIs('Pilot', 'child')],
          [
            {
              id: 'child',
              logicalOperator: 'AND',
              parentStepFilterGroupId: 'gone',
            },
          ],
        ),
      ).toBe(false);
    });

    it('should not decide conditions of groups no root reaches', () => {
      expect(
        evaluate(
          [
            cityIs('Engineer', 'root'),
            condition('TEXT', 'NO_SUCH', after('jobTitle'), 'x', {
              stepFilterGroupId: 'orphan',
            }),
          ],
          [
            { id: 'root', logicalOperator: 'AND' },
            {
              id: 'orphan',
              logicalOperator: 'AND',
              parentStepFilterGroupId: 'gone',
            },
          ],
        ),
      ).toBe(true);
    });

    it('should start nothing for what Twenty refuses: a condition in no group, an unknown logical operator', () => {
      expect(evaluate([cityIs('Engineer', 'elsewhere')])).toEqual({
        unevaluable:
          'a condition in a group that does not exist, which Twenty refuses',
      });
      expect(
        evaluate(
          [cityIs('Engineer', 'g')],
          [{ id: 'g', logicalOperator: 'XOR' }],
        ),
      ).toEqual({
        unevaluable: 'an unknown logical operator "XOR", which Twenty refuses',
      });
      // An empty group passes before its operator is read.
      expect(
        evaluate(
          [cityIs('Engineer', 'root')],
          [
            { id: 'root', logicalOperator: 'AND' },
            {
              id: 'empty',
              logicalOperator: 'XOR',
              parentStepFilterGroupId: 'root',
            },
          ],
        ),
      ).toBe(true);
    });

    it('should start nothing for a filter out of shape', () => {
      expect(evaluate([{ id: 'f', operand: 'IS' }])).toEqual({
        unevaluable: 'a condition or group out of shape',
      });
      expect(
        evaluate([cityIs('Engineer', 'root')], [{ logicalOperator: 'AND' }]),
      ).toEqual({
        unevaluable: 'a condition or group out of shape',
      });
      expect(
        evaluateWorkflowTriggerFilter(
          { stepFilters: [cityIs('Engineer', 'root')], stepFilterGroups: null },
          event,
          now,
        ),
      ).toEqual({ unevaluable: 'groups that are not a list' });
      expect(
        evaluate(
          [cityIs('Engineer', 'root')],
          [
            { id: 'root', logicalOperator: 'AND' },
            {
              id: 'root',
              logicalOperator: 'OR',
              parentStepFilterGroupId: 'root',
            },
          ],
        ),
      ).toEqual({ unevaluable: 'two groups with the same id' });
    });

    it('should start nothing when an unevaluable condition sits beside a passing one in an OR group', () => {
      expect(
        evaluate(
          [
            cityIs('Engineer', 'g'),
            condition('TEXT', 'STARTS_WITH', after('jobTitle'), 'Eng', {
              stepFilterGroupId: 'g',
            }),
          ],
          [{ id: 'g', logicalOperator: 'OR' }],
        ),
      ).toEqual({ unevaluable: 'an unknown operand "STARTS_WITH"' });
    });
  });

  describe('values and operands', () => {
    it('should read the enriched relation and the event itself through the trigger path', () => {
      expect(one('TEXT', 'IS', 'company.name', 'Acme')).toBe(true);
      expect(
        evaluate([
          condition('UUID', 'IS', '{{trigger.workspaceMemberId}}', 'm1'),
          condition('TEXT', 'IS', '{{ trigger.recordId }}', 'p1'),
        ]),
      ).toBe(true);
    });

    it('should read a missing path as undefined and a key without braces as text', () => {
      expect(one('TEXT', 'IS_EMPTY', 'company.missing.deeper', '')).toBe(true);
      expect(
        evaluate([
          condition(
            'TEXT',
            'IS',
            'trigger.properties.after.jobTitle',
            'trigger.properties.after.jobTitle',
          ),
        ]),
      ).toBe(true);
    });

    it('should resolve a value that is a variable, keeping its type', () => {
      expect(
        one(
          'NUMBER',
          'IS',
          'employees',
          '{{trigger.properties.after.employees}}',
        ),
      ).toBe(true);
      expect(one('TEXT', 'IS', 'companyId', after('company.id'))).toBe(true);
    });

    it('should test emptiness when the value is a variable resolving to null', () => {
      expect(one('TEXT', 'IS', 'deletedAt', after('deletedAt'))).toBe(true);
      expect(one('TEXT', 'IS_NOT', 'jobTitle', after('deletedAt'))).toBe(true);
      expect(one('TEXT', 'CONTAINS', 'jobTitle', after('deletedAt'))).toBe(
        false,
      );
      expect(
        one('TEXT', 'DOES_NOT_CONTAIN', 'deletedAt', after('deletedAt')),
      ).toBe(false);
    });

    it('should convert deprecated operand spellings', () => {
      expect(one('TEXT', 'is', 'jobTitle', 'Engineer')).toBe(true);
      expect(one('TEXT', 'isNot', 'jobTitle', 'Engineer')).toBe(false);
      expect(one('NUMBER', 'greaterThan', 'employees', '12')).toBe(true);
      expect(one('NUMBER', 'lessThan', 'employees', '11')).toBe(false);
      expect(one('TEXT', 'isEmpty', 'city', '')).toBe(true);
      expect(one('DATE_TIME', 'isInFuture', 'nextCallAt', '')).toBe(true);
    });

    it.each([
      [
        'an unknown operand',
        condition('TEXT', 'STARTS_WITH', after('jobTitle'), 'E'),
        'an unknown operand "STARTS_WITH"',
      ],
      [
        'IS_EXACTLY',
        condition('TEXT', 'IS_EXACTLY', after('jobTitle'), 'Engineer'),
        'an unknown operand "IS_EXACTLY"',
      ],
      [
        'a mixed template',
        condition(
          'TEXT',
          'IS',
          after('jobTitle'),
          'Dr {{trigger.properties.after.jobTitle}}',
        ),
        'text mixing variables with other text',
      ],
      [
        'a helper path',
        condition('TEXT', 'IS', '{{json trigger.recordId}}', 'p1'),
        'a variable that is not a plain path',
      ],
      [
        'a bracket path',
        condition('TEXT', 'IS', '{{trigger.properties.after.[name]}}', 'x'),
        'a variable that is not a plain path',
      ],
      [
        'a list value',
        condition('TEXT', 'IS', after('jobTitle'), ['x']),
        'a list or object as a value',
      ],
      [
        'an unknown type',
        condition('COLOUR', 'IS', after('jobTitle'), 'x'),
        'an unknown filter type "COLOUR"',
      ],
    ])('should start nothing for %s', (_, filter, reason) => {
      expect(evaluate([filter])).toEqual({ unevaluable: reason });
    });

    it('should start nothing for operands Twenty refuses on a type', () => {
      expect(one('BOOLEAN', 'IS_NOT', 'isActive', 'true')).toEqual({
        unevaluable: 'operand IS_NOT on a BOOLEAN filter, which Twenty refuses',
      });
      expect(one('TEXT', 'GREATER_THAN_OR_EQUAL', 'jobTitle', 'A')).toEqual({
        unevaluable:
          'operand GREATER_THAN_OR_EQUAL on a TEXT filter, which Twenty refuses',
      });
      expect(one('NUMBER', 'IS_NOT_NULL', 'employees', '')).toEqual({
        unevaluable:
          'operand IS_NOT_NULL on a NUMBER filter, which Twenty refuses',
      });
    });
  });

  describe('per filter type', () => {
    it.each([
      // TEXT
      ['TEXT', 'CONTAINS', 'jobTitle', 'gine', true],
      ['TEXT', 'CONTAINS', 'jobTitle', 'Pilot', false],
      ['TEXT', 'CONTAINS', 'jobTitle', '["Pilot","Eng"]', true],
      ['TEXT', 'CONTAINS', 'city', '', true],
      ['TEXT', 'DOES_NOT_CONTAIN', 'jobTitle', 'Pilot', true],
      ['TEXT', 'DOES_NOT_CONTAIN', 'jobTitle', 'Eng', false],
      ['TEXT', 'DOES_NOT_CONTAIN', 'jobTitle', '', true],
      ['TEXT', 'DOES_NOT_CONTAIN', 'city', '', false],
      ['TEXT', 'IS', 'jobTitle', 'Engineer', true],
      ['TEXT', 'IS', 'jobTitle', 'engineer', false],
      ['TEXT', 'IS_NOT', 'jobTitle', 'Pilot', true],
      ['TEXT', 'IS_EMPTY', 'city', '', true],
      ['TEXT', 'IS_EMPTY', 'jobTitle', '', false],
      ['TEXT', 'IS_NOT_EMPTY', 'jobTitle', '', true],
      // MULTI_SELECT and ARRAY: the value is a JSON list
      ['MULTI_SELECT', 'CONTAINS', 'tags', '["EU","US"]', true],
      ['MULTI_SELECT', 'CONTAINS', 'tags', '["US"]', false],
      ['MULTI_SELECT', 'DOES_NOT_CONTAIN', 'tags', '["US"]', true],
      ['MULTI_SELECT', 'IS_EMPTY', 'tags', '', false],
      // '[]' is text holding an empty list, not the list's empty value.
      ['ARRAY', 'CONTAINS', 'emails.additionalEmails', '[]', false],
      ['ARRAY', 'IS_NOT_EMPTY', 'tags', '', true],
      // SELECT: "is" means one of the listed options
      ['SELECT', 'IS', 'stage', '["LEAD","CUSTOMER"]', true],
      ['SELECT', 'IS', 'stage', '["LEAD"]', false],
      ['SELECT', 'IS_NOT', 'stage', '["LEAD"]', true],
      ['SELECT', 'IS_EMPTY', 'stage', '', false],
      ['SELECT', 'IS_NOT_EMPTY', 'stage', '', true],
      // NUMBER
      ['NUMBER', 'GREATER_THAN_OR_EQUAL', 'employees', '12', true],
      ['NUMBER', 'GREATER_THAN_OR_EQUAL', 'employees', '13', false],
      ['NUMBER', 'LESS_THAN_OR_EQUAL', 'employees', '12', true],
      ['NUMBER', 'IS', 'employees', '12', true],
      ['NUMBER', 'IS_NOT', 'employees', '12', false],
      ['NUMBER', 'IS_EMPTY', 'employees', '', false],
      ['NUMBER', 'IS_NOT_EMPTY', 'employees', '', true],
      ['NUMBER', 'IS_EMPTY', 'missing', '', true],
      ['NUMERIC', 'IS', 'employees', '12.0', true],
      // BOOLEAN
      ['BOOLEAN', 'IS', 'isActive', 'true', true],
      ['BOOLEAN', 'IS', 'isActive', 'false', false],
      // UUID
      ['UUID', 'IS', 'companyId', 'c1', true],
      ['UUID', 'IS_NOT', 'companyId', 'c1', false],
      ['UUID', 'IS_EMPTY', 'deletedAt', '', true],
      ['UUID', 'IS_NOT_EMPTY', 'companyId', '', true],
      // RATING: by rank
      ['RATING', 'IS', 'rating', 'RATING_3', true],
      ['RATING', 'IS_NOT', 'rating', 'RATING_2', true],
      ['RATING', 'GREATER_THAN_OR_EQUAL', 'rating', 'RATING_2', true],
      ['RATING', 'LESS_THAN_OR_EQUAL', 'rating', 'RATING_2', false],
      ['RATING', 'IS_EMPTY', 'rating', '', false],
      ['RATING', 'IS_NOT_EMPTY', 'missing', '', false],
      // RELATION: ids, a related record standing for its id
      ['RELATION', 'IS', 'company', 'c1', true],
      ['RELATION', 'IS', 'companyId', 'c2', false],
      ['RELATION', 'IS_NOT', 'company', 'c2', true],
      ['RELATION', 'IS_EMPTY', 'company', '', false],
      ['RELATION', 'IS_NOT_EMPTY', 'companyId', '', true],
      // DATE / DATE_TIME
      ['DATE', 'IS', 'birthday', '1990-06-15T23:00:00Z', true],
      ['DATE', 'IS', 'birthday', '1990-06-16', false],
      ['DATE_TIME', 'IS', 'lastContactAt', '2026-06-15', true],
      [
        'DATE_TIME',
        'IS_BEFORE',
        'lastContactAt',
        '2026-06-15T10:30:00+02:00',
        false,
      ],
      [
        'DATE_TIME',
        'IS_BEFORE',
        'lastContactAt',
        '2026-06-15T08:30:00.001Z',
        true,
      ],
      ['DATE_TIME', 'IS_AFTER', 'lastContactAt', '2026-06-15T08:30:00', false],
      ['DATE_TIME', 'IS_AFTER', 'lastContactAt', '2026-06-14T23:59', true],
      ['DATE_TIME', 'IS_IN_PAST', 'lastContactAt', '', true],
      ['DATE_TIME', 'IS_IN_FUTURE', 'lastContactAt', '', false],
      ['DATE_TIME', 'IS_IN_FUTURE', 'nextCallAt', '', true],
      ['DATE_TIME', 'IS_TODAY', 'lastContactAt', '', true],
      ['DATE_TIME', 'IS_TODAY', 'nextCallAt', '', false],
      ['DATE_TIME', 'IS_EMPTY', 'deletedAt', '', true],
      ['DATE_TIME', 'IS_NOT_EMPTY', 'nextCallAt', '', true],
      ['DATE_TIME', 'IS_BEFORE', 'deletedAt', '2030-01-01', false],
      ['DATE_TIME', 'IS_IN_PAST', 'deletedAt', '', false],
      ['DATE_TIME', 'IS_AFTER', 'lastContactAt', '', false],
      // Twenty leaves an unreadable record date false whatever the operand.
      ['DATE_TIME', 'CONTAINS', 'deletedAt', 'x', false],
    ])(
      '%s %s on %s against %j → %s',
      (type, operand, field, value, expected) => {
        expect(one(type, operand, field, value)).toBe(expected);
      },
    );

    it.each([
      ['amount', 'GREATER_THAN_OR_EQUAL', 'amountMicros', '5000000', true],
      ['amount', 'LESS_THAN_OR_EQUAL', 'amountMicros', '4999999', false],
      ['amount', 'IS', 'amountMicros', '5000000', true],
      ['amount', 'IS', 'currencyCode', '["USD","EUR"]', true],
      ['amount', 'IS_NOT', 'currencyCode', '["USD"]', true],
      ['amount', 'IS_EMPTY', 'currencyCode', '', false],
      ['amount', 'IS_NOT_EMPTY', 'currencyCode', '', true],
    ])(
      'CURRENCY %s %s on %s against %j → %s',
      (field, operand, subField, value, expected) => {
        expect(
          one('CURRENCY', operand, `${field}.${subField}`, value, {
            compositeFieldSubFieldName: subField,
          }),
        ).toBe(expected);
      },
    );

    it('should refuse text operands on a currency code', () => {
      expect(
        one('CURRENCY', 'CONTAINS', 'amount.currencyCode', 'E', {
          compositeFieldSubFieldName: 'currencyCode',
        }),
      ).toEqual({
        unevaluable:
          'operand CONTAINS on a CURRENCY filter, which Twenty refuses',
      });
    });

    it('should evaluate composite sub-fields through their path', () => {
      const sub = (
        type: string,
        operand: string,
        path: string,
        value: string,
        subField: string,
      ) =>
        one(type, operand, path, value, {
          compositeFieldSubFieldName: subField,
        });

      expect(
        sub('FULL_NAME', 'CONTAINS', 'name.firstName', 'Ad', 'firstName'),
      ).toBe(true);
      expect(
        sub('FULL_NAME', 'IS', 'name.lastName', 'Lovelace', 'lastName'),
      ).toBe(true);
      expect(
        sub(
          'EMAILS',
          'CONTAINS',
          'emails.primaryEmail',
          '@acme.com',
          'primaryEmail',
        ),
      ).toBe(true);
      expect(
        sub(
          'EMAILS',
          'DOES_NOT_CONTAIN',
          'emails.additionalEmails',
          '["x"]',
          'additionalEmails',
        ),
      ).toBe(true);
      expect(
        sub(
          'EMAILS',
          'DOES_NOT_CONTAIN',
          'emails.primaryEmail',
          '',
          'primaryEmail',
        ),
      ).toBe(true);
    });

    it('should evaluate actors: the source as a select, the member as a relation, the name as text', () => {
      const actor = (operand: string, subField: string, value: string) =>
        one('ACTOR', operand, `createdBy.${subField}`, value, {
          compositeFieldSubFieldName: subField,
        });

      expect(actor('IS', 'source', '["EMAIL"]')).toBe(true);
      expect(actor('IS_NOT', 'source', '["EMAIL"]')).toBe(false);
      expect(actor('IS_NOT', 'source', '["CALENDAR"]')).toBe(true);
      expect(actor('IS', 'workspaceMemberId', 'm1')).toBe(true);
      expect(actor('IS_EMPTY', 'workspaceMemberId', '')).toBe(false);
      expect(actor('CONTAINS', 'name', 'Ad')).toBe(true);
    });

    it('should evaluate types without a rule of their own by loose equality, contains and numbers', () => {
      expect(one('RICH_TEXT', 'CONTAINS', 'notes', 'hello')).toBe(true);
      expect(one('POSITION', 'IS', 'employees', '12')).toBe(true);
      expect(one('POSITION', 'IS_NOT', 'employees', '12')).toBe(false);
      expect(one('POSITION', 'GREATER_THAN_OR_EQUAL', 'employees', '3')).toBe(
        true,
      );
      expect(one('FILES', 'IS_EMPTY', 'missing', '')).toBe(true);
      expect(one('RAW_JSON', 'IS_NOT_EMPTY', 'tags', '')).toBe(true);
      expect(one('string', 'IS', 'jobTitle', 'Engineer')).toEqual({
        unevaluable: 'an unknown filter type "string"',
      });
    });

    it('should start nothing for dates it cannot read exactly as Twenty', () => {
      const reason = { unevaluable: 'a date it cannot read exactly as Twenty' };

      expect(
        one('DATE_TIME', 'IS_BEFORE', 'lastContactAt', '06/15/2026'),
      ).toEqual(reason);
      expect(one('DATE_TIME', 'IS_IN_PAST', 'jobTitle', '')).toEqual(reason);
      expect(one('DATE_TIME', 'IS_IN_PAST', 'employees', '')).toEqual(reason);
      expect(one('DATE', 'IS', 'birthday', '2026-02-30')).toEqual(reason);
      expect(
        one('DATE_TIME', 'IS_RELATIVE', 'lastContactAt', 'PAST_1_DAY'),
      ).toEqual({
        unevaluable: 'a relative date (IS_RELATIVE)',
      });
      expect(one('DATE_TIME', 'CONTAINS', 'lastContactAt', 'x')).toEqual({
        unevaluable: 'operand CONTAINS on a date, which Twenty refuses',
      });
    });

    it('should start nothing where Twenty versions disagree on an empty-looking list value', () => {
      expect(one('MULTI_SELECT', 'CONTAINS', 'missing', {})).toEqual({
        unevaluable: 'a list or object as a value',
      });
      expect(
        one('MULTI_SELECT', 'CONTAINS', 'emails.additionalEmails', ''),
      ).toEqual({
        unevaluable: 'an empty-looking value on a MULTI_SELECT filter',
      });
      // Where the empty value does not decide, versions agree.
      expect(one('MULTI_SELECT', 'CONTAINS', 'tags', '')).toBe(false);
      expect(one('MULTI_SELECT', 'DOES_NOT_CONTAIN', 'missing', '')).toBe(
        false,
      );
    });
  });
});
