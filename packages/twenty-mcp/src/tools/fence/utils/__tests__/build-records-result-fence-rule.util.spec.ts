import { buildDemoWorkspaceSchema } from '../../../../../test/fixtures/demo-workspace-schema.fixture';
import { type ObjectSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type FenceRule } from '../../types/fence-rule.type';
import { buildRecordsResultFenceRule } from '../build-records-result-fence-rule.util';

const workspace = buildDemoWorkspaceSchema();
const person = workspace.objects.find(
  (object) => object.nameSingular === 'person',
)!;
const recordProperties = (rule: FenceRule) =>
  (
    (rule as { properties: { records: { items: FenceRule } } }).properties
      .records.items as { properties: Record<string, FenceRule> }
  ).properties;

describe('buildRecordsResultFenceRule', () => {
  it('should build the rule of an object once per model', () => {
    const rule = buildRecordsResultFenceRule(person, workspace);

    expect(buildRecordsResultFenceRule(person, workspace)).toBe(rule);
    expect(recordProperties(rule).jobTitle).toBe('text');
    expect(
      buildRecordsResultFenceRule(person, buildDemoWorkspaceSchema()),
    ).not.toBe(rule);
  });

  it("should never reuse one caller's view of an object for another's", () => {
    const withoutJobTitle: ObjectSchema = {
      ...person,
      fields: person.fields.filter((field) => field.name !== 'jobTitle'),
    };

    expect(
      recordProperties(buildRecordsResultFenceRule(withoutJobTitle, workspace))
        .jobTitle,
    ).toBeUndefined();
    expect(
      recordProperties(buildRecordsResultFenceRule(person, workspace)).jobTitle,
    ).toBe('text');
  });
});
