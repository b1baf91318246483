import { FieldMetadataType, type FieldOption } from '@twenty-mcp/twenty-layout';

import { type ObjectDescription } from '../../../metadata/types/object-description.type';

const options = (values: [string, string, string][]): FieldOption[] =>
  values.map(([value, label, color], position) => ({
    value,
    label,
    color,
    position,
  }));

export const RATING_OPTIONS: FieldOption[] = [1, 2, 3, 4, 5].map(
  (stars, position) => ({
    value: `RATING_${stars}`,
    label: `${stars}`,
    position,
  }),
);

// A custom object of the demo workspace: the SaaS plans its customers pay
// for. With supportTicket it covers every field type Twenty has.
export const SUBSCRIPTION_OBJECT: ObjectDescription = {
  nameSingular: 'subscription',
  namePlural: 'subscriptions',
  labelSingular: 'Subscription',
  labelPlural: 'Subscriptions',
  description: 'A paid plan a customer company is subscribed to',
  icon: 'IconReceipt',
  isCustom: true,
  isSearchable: true,
  labelIdentifierFieldName: 'name',
  searchFieldNames: ['name', 'billingEmails', 'billingContact'],
  fields: [
    {
      name: 'name',
      type: FieldMetadataType.TEXT,
      label: 'Name',
      description: 'Name of the subscription',
      icon: 'IconAbc',
    },
    {
      name: 'plan',
      type: FieldMetadataType.SELECT,
      label: 'Plan',
      description: 'Pricing plan',
      icon: 'IconStack2',
      isNullable: false,
      defaultValue: "'STARTER'",
      options: options([
        ['STARTER', 'Starter', 'sky'],
        ['GROWTH', 'Growth', 'green'],
        ['SCALE', 'Scale', 'purple'],
        ['ENTERPRISE', 'Enterprise', 'orange'],
      ]),
    },
    {
      name: 'addOns',
      type: FieldMetadataType.MULTI_SELECT,
      label: 'Add-ons',
      description: 'Paid add-ons enabled on the subscription',
      icon: 'IconPuzzle',
      options: options([
        ['SSO', 'Single sign-on', 'blue'],
        ['AUDIT_LOG', 'Audit log', 'gray'],
        ['PRIORITY_SUPPORT', 'Priority support', 'red'],
        ['SANDBOX', 'Sandbox', 'yellow'],
        ['API_ACCESS', 'API access', 'turquoise'],
      ]),
    },
    {
      name: 'seats',
      type: FieldMetadataType.NUMBER,
      label: 'Seats',
      description: 'Number of paid seats',
      icon: 'IconUsers',
      settings: { dataType: 'int', decimals: 0 },
    },
    {
      name: 'discountRate',
      type: FieldMetadataType.NUMBER,
      label: 'Discount',
      description: 'Discount granted on list price',
      icon: 'IconDiscount',
      settings: { dataType: 'float', decimals: 2, type: 'percentage' },
    },
    {
      name: 'usageUnits',
      type: FieldMetadataType.NUMERIC,
      label: 'Usage units',
      description: 'Metered usage this period, exact',
      icon: 'IconGauge',
    },
    {
      name: 'monthlyRecurringRevenue',
      type: FieldMetadataType.CURRENCY,
      label: 'MRR',
      description: 'Monthly recurring revenue',
      icon: 'IconCurrencyDollar',
    },
    {
      name: 'startsOn',
      type: FieldMetadataType.DATE,
      label: 'Starts on',
      description: 'First day of the subscription',
      icon: 'IconCalendar',
    },
    {
      name: 'renewsAt',
      type: FieldMetadataType.DATE_TIME,
      label: 'Renews at',
      description: 'Next renewal',
      icon: 'IconCalendarRepeat',
    },
    {
      name: 'autoRenew',
      type: FieldMetadataType.BOOLEAN,
      label: 'Auto-renew',
      description: 'Renews without a new order',
      icon: 'IconRepeat',
      isNullable: false,
      defaultValue: true,
    },
    {
      name: 'billingAccountId',
      type: FieldMetadataType.UUID,
      label: 'Billing account',
      description: 'Account id in the billing system',
      icon: 'IconId',
    },
    {
      name: 'healthScore',
      type: FieldMetadataType.RATING,
      label: 'Health',
      description: 'Account health, 1 to 5',
      icon: 'IconHeartbeat',
      options: RATING_OPTIONS,
    },
    {
      name: 'billingContact',
      type: FieldMetadataType.FULL_NAME,
      label: 'Billing contact',
      description: 'Who receives the invoices',
      icon: 'IconUser',
    },
    {
      name: 'billingEmails',
      type: FieldMetadataType.EMAILS,
      label: 'Billing emails',
      description: 'Where invoices are sent',
      icon: 'IconMail',
    },
    {
      name: 'billingPhones',
      type: FieldMetadataType.PHONES,
      label: 'Billing phones',
      description: 'Billing phone numbers',
      icon: 'IconPhone',
    },
    {
      name: 'billingAddress',
      type: FieldMetadataType.ADDRESS,
      label: 'Billing address',
      description: 'Invoice address',
      icon: 'IconMap',
    },
    {
      name: 'portalLinks',
      type: FieldMetadataType.LINKS,
      label: 'Portal',
      description: 'Customer portal links',
      icon: 'IconLink',
    },
    {
      name: 'terms',
      type: FieldMetadataType.RICH_TEXT,
      label: 'Terms',
      description: 'Negotiated terms',
      icon: 'IconFileText',
    },
    {
      name: 'tags',
      type: FieldMetadataType.ARRAY,
      label: 'Tags',
      description: 'Free-form tags',
      icon: 'IconTags',
    },
    {
      name: 'externalMetadata',
      type: FieldMetadataType.RAW_JSON,
      label: 'External metadata',
      description: 'Raw data from the billing system',
      icon: 'IconBraces',
    },
    {
      name: 'contracts',
      type: FieldMetadataType.FILES,
      label: 'Contracts',
      description: 'Signed order forms',
      icon: 'IconFiles',
    },
  ],
  relations: [
    {
      name: 'company',
      label: 'Company',
      description: 'Subscribed company',
      icon: 'IconBuildingSkyscraper',
      targetObject: 'company',
      onDelete: 'SET_NULL',
      inverse: {
        name: 'subscriptions',
        label: 'Subscriptions',
        description: 'Subscriptions of the company',
        icon: 'IconReceipt',
      },
    },
  ],
};
