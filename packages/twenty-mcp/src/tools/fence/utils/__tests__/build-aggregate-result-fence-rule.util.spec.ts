import { buildDemoWorkspaceSchema } from '../../../../../test/fixtures/demo-workspace-schema.fixture';
import { buildAggregateResultFenceRule } from '../build-aggregate-result-fence-rule.util';

const objectNamed = (name: string) =>
  buildDemoWorkspaceSchema().objects.find(
    (object) => object.nameSingular === name,
  )!;

describe('buildAggregateResultFenceRule', () => {
  it('should fence group keys of text leaves only, by their group label', () => {
    expect(buildAggregateResultFenceRule(objectNamed('person'))).toEqual({
      properties: {
        groups: {
          items: {
            properties: {
              key: {
                properties: {
                  'name.firstName': 'text',
                  'name.lastName': 'text',
                  'emails.primaryEmail': 'text',
                  'linkedinLink.primaryLinkLabel': 'text',
                  'linkedinLink.primaryLinkUrl': 'text',
                  'xLink.primaryLinkLabel': 'text',
                  'xLink.primaryLinkUrl': 'text',
                  jobTitle: 'text',
                  'phones.primaryPhoneNumber': 'text',
                  'phones.primaryPhoneCountryCode': 'text',
                  'phones.primaryPhoneCallingCode': 'text',
                  city: 'text',
                  avatarUrl: 'text',
                  'createdBy.name': 'text',
                  'updatedBy.name': 'text',
                },
              },
            },
          },
        },
      },
    });
  });
});
