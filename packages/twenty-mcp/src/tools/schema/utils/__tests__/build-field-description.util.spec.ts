import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { buildFieldDescription } from '../build-field-description.util';
import { fieldSchema } from './field-schema.fixture';

describe('buildFieldDescription', () => {
  it.each([
    [
      'the description alone when the label only repeats the name',
      { name: 'stage', label: 'Stage', description: 'Opportunity stage.' },
      'Opportunity stage',
    ],
    [
      'a label that says more than the name',
      { name: 'healthScore', label: 'Health', description: null },
      'Health',
    ],
    [
      'label and description when both add something',
      {
        name: 'billingAccountId',
        label: 'Billing account',
        description: 'Account id in the billing system',
      },
      'Billing account — Account id in the billing system',
    ],
    [
      'no label the description already contains',
      { name: 'dueAt', label: 'Due Date', description: 'Task due date' },
      'Task due date',
    ],
    [
      'nothing when label and description repeat the name',
      { name: 'priority', label: 'Priority', description: null },
      undefined,
    ],
    [
      'nothing for standard fields',
      { name: 'createdAt', label: 'Creation date', description: 'Creation' },
      undefined,
    ],
    [
      'markdown for rich text',
      {
        name: 'terms',
        label: 'Terms',
        description: 'Negotiated terms',
        type: FieldMetadataType.RICH_TEXT,
      },
      'Negotiated terms. Markdown',
    ],
    [
      'only the option labels that differ from their values',
      {
        name: 'addOns',
        label: 'Add-ons',
        description: null,
        type: FieldMetadataType.MULTI_SELECT,
        options: [
          { value: 'SSO', label: 'Single sign-on', position: 0 },
          { value: 'AUDIT_LOG', label: 'Audit log', position: 1 },
        ],
      },
      'SSO = Single sign-on',
    ],
    [
      'the target of a relation',
      {
        name: 'company',
        label: 'Company',
        description: "Contact's company",
        type: FieldMetadataType.RELATION,
        relation: {
          direction: 'MANY_TO_ONE' as const,
          targetObjectName: 'company',
          targetFieldName: 'people',
          joinColumnName: 'companyId',
          onDelete: null,
          morphId: null,
        },
      },
      "Contact's company (company id)",
    ],
  ])('should give %s', (_case, overrides, expected) => {
    expect(buildFieldDescription(fieldSchema(overrides))).toBe(expected);
  });
});
