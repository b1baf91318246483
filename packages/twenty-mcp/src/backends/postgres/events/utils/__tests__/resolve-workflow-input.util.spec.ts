import { resolveWorkflowInput } from '../resolve-workflow-input.util';

describe('resolveWorkflowInput', () => {
  const context = {
    trigger: {
      recordId: 'r1',
      properties: {
        after: { name: 'Acme', employees: 12, tags: ['a'], owner: null },
      },
    },
  };

  it.each([
    ['text without variables', 'Acme', { value: 'Acme', isVariable: false }],
    ['a number', 3, { value: 3, isVariable: false }],
    ['null', null, { value: null, isVariable: false }],
    [
      'a path',
      '{{trigger.properties.after.name}}',
      { value: 'Acme', isVariable: true },
    ],
    [
      'a path, spaced',
      '{{ trigger.recordId }}',
      { value: 'r1', isVariable: true },
    ],
    [
      'a number, typed',
      '{{trigger.properties.after.employees}}',
      { value: 12, isVariable: true },
    ],
    [
      'a list',
      '{{trigger.properties.after.tags}}',
      { value: ['a'], isVariable: true },
    ],
    [
      'null on the way',
      '{{trigger.properties.after.owner.name}}',
      { value: null, isVariable: true },
    ],
    [
      'a missing key',
      '{{trigger.properties.before.name}}',
      { value: undefined, isVariable: true },
    ],
    ['another step', '{{step1.name}}', { value: undefined, isVariable: true }],
    [
      'an inherited key',
      '{{trigger.constructor}}',
      { value: undefined, isVariable: true },
    ],
  ])('should resolve %s', (_, input, expected) => {
    expect(resolveWorkflowInput(input, context)).toEqual(expected);
  });

  it.each([
    [
      'a template',
      'Hi {{trigger.recordId}}',
      'text mixing variables with other text',
    ],
    [
      'two variables',
      '{{trigger.recordId}}{{trigger.recordId}}',
      'text mixing variables with other text',
    ],
    ['a literal', '{{true}}', 'a variable that is not a plain path'],
    [
      'a numeric segment',
      '{{trigger.properties.after.tags.0}}',
      'a variable that is not a plain path',
    ],
    ['this', '{{this.trigger}}', 'a variable that is not a plain path'],
    ['an empty variable', '{{ }}', 'a variable that is not a plain path'],
    ['an object', { a: 1 }, 'a list or object as a value'],
  ])('should not resolve %s', (_, input, reason) => {
    expect(resolveWorkflowInput(input, context)).toEqual({
      unevaluable: reason,
    });
  });

  it('should hand back a copy, not the record', () => {
    const resolved = resolveWorkflowInput(
      '{{trigger.properties.after.tags}}',
      context,
    );

    expect(resolved).toEqual({ value: ['a'], isVariable: true });
    expect((resolved as { value: unknown }).value).not.toBe(
      context.trigger.properties.after.tags,
    );
  });
});
