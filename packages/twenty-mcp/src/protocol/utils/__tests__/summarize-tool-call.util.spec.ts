import { summarizeToolCall } from '../summarize-tool-call.util';

describe('summarizeToolCall', () => {
  it('should name the object and count the records, never their content', () => {
    expect(
      summarizeToolCall(
        { object: 'person' },
        {
          structuredContent: {
            object: 'person',
            records: [{ name: 'Ada' }, { name: 'Grace' }],
          },
        },
      ),
    ).toEqual({ object: 'person', recordCount: 2 });
    expect(
      summarizeToolCall(
        {},
        { structuredContent: { object: 'company', record: { id: '1' } } },
      ),
    ).toEqual({ object: 'company', recordCount: 1 });
  });

  it('should fall back to the object argument of a failed call', () => {
    expect(summarizeToolCall({ object: 'opportunity' }, undefined)).toEqual({
      object: 'opportunity',
    });
    expect(summarizeToolCall(undefined, { isError: true })).toEqual({});
  });
});
