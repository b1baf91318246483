import { buildExpandSchema } from '../build-expand-schema.util';
import { compileSchema } from './compile-schema.fixture';
import { demoObjectView } from './demo-object-view.fixture';

describe('buildExpandSchema', () => {
  it('should list readable relations of both directions', () => {
    const schema = buildExpandSchema(demoObjectView('supportTicket'));

    expect(schema?.items?.enum).toEqual(
      expect.arrayContaining([
        'subscription',
        'requester',
        'aboutCompany',
        'aboutOpportunity',
        'noteTargets',
      ]),
    );
    expect(compileSchema(schema ?? {})(['requester', 'noteTargets'])).toBe(
      true,
    );
    expect(compileSchema(schema ?? {})(['requesterId'])).toBe(false);
  });

  it('should leave out relations to objects the caller cannot read, and be null without any', () => {
    const view = demoObjectView('task');

    expect(
      buildExpandSchema({ ...view, readableObjectNames: new Set(['task']) }),
    ).toBeNull();
    expect(
      buildExpandSchema({
        ...view,
        readableObjectNames: new Set(['task', 'workspaceMember']),
      })?.items?.enum,
    ).toEqual(['assignee']);
  });
});
