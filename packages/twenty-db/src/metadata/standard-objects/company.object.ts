import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type ObjectDescription } from '../types/object-description.type';

// employees, xLink, annualRecurringRevenue and idealCustomerProfile moved
// from the standard application to each workspace's own in mid 2026.
export const COMPANY_OBJECT: ObjectDescription = {
  nameSingular: 'company',
  namePlural: 'companies',
  labelSingular: 'Company',
  labelPlural: 'Companies',
  description: 'A company',
  icon: 'IconBuildingSkyscraper',
  isCustom: false,
  isSearchable: true,
  shortcut: 'C',
  universalIdentifier: '20202020-b374-4779-a561-80086cb2e17f',
  labelIdentifierFieldName: 'name',
  imageIdentifierFieldName: 'domainName',
  duplicateCriteria: [['name'], ['domainNamePrimaryLinkUrl']],
  searchFieldNames: ['name', 'domainName'],
  positionFieldDescription: 'Company record position',
  fields: [
    {
      name: 'name',
      type: FieldMetadataType.TEXT,
      label: 'Name',
      description: 'The company name',
      icon: 'IconBuildingSkyscraper',
      universalIdentifier: '20202020-4d99-4e2e-a84c-4a27837b1ece',
    },
    {
      name: 'domainName',
      type: FieldMetadataType.LINKS,
      label: 'Domain Name',
      description:
        'The company website URL. We use this url to fetch the company icon',
      icon: 'IconLink',
      isUnique: true,
      settings: { maxNumberOfValues: 1 },
      universalIdentifier: '20202020-0c28-43d8-8ba5-3659924d3489',
    },
    {
      name: 'employees',
      type: FieldMetadataType.NUMBER,
      label: 'Employees',
      description: 'Number of employees in the company',
      icon: 'IconUsers',
      settings: { dataType: 'int' },
      isOwnedByCustomApplication: true,
    },
    {
      name: 'linkedinLink',
      type: FieldMetadataType.LINKS,
      label: 'Linkedin',
      description: 'The company Linkedin account',
      icon: 'IconBrandLinkedin',
      universalIdentifier: '20202020-ebeb-4beb-b9ad-6848036fb451',
    },
    {
      name: 'xLink',
      type: FieldMetadataType.LINKS,
      label: 'X',
      description: 'The company Twitter/X account',
      icon: 'IconBrandX',
      isOwnedByCustomApplication: true,
    },
    {
      name: 'annualRecurringRevenue',
      type: FieldMetadataType.CURRENCY,
      label: 'ARR',
      description:
        'Annual Recurring Revenue: The actual or estimated annual revenue of the company',
      icon: 'IconMoneybag',
      isOwnedByCustomApplication: true,
    },
    {
      name: 'annualRevenue',
      type: FieldMetadataType.CURRENCY,
      label: 'Annual Revenue',
      description: "The company's total annual revenue",
      icon: 'IconMoneybag',
      universalIdentifier: '60f533b7-2166-4071-a767-ceb0286822fd',
    },
    {
      name: 'address',
      type: FieldMetadataType.ADDRESS,
      label: 'Address',
      description: 'Address of the company',
      icon: 'IconMap',
      universalIdentifier: '20202020-c5ce-4adc-b7b6-9c0979fc55e7',
    },
    {
      name: 'idealCustomerProfile',
      type: FieldMetadataType.BOOLEAN,
      label: 'ICP',
      description:
        'Ideal Customer Profile: Indicates whether the company is the most suitable and valuable customer for you',
      icon: 'IconTarget',
      isNullable: false,
      defaultValue: false,
      isOwnedByCustomApplication: true,
    },
  ],
  relations: [
    {
      name: 'accountOwner',
      label: 'Account Owner',
      description:
        'Your team member responsible for managing the company account',
      icon: 'IconUserCircle',
      universalIdentifier: '20202020-95b8-4e10-9881-edb5d4765f9d',
      targetObject: 'workspaceMember',
      onDelete: 'SET_NULL',
      inverse: {
        name: 'accountOwnerForCompanies',
        label: 'Account Owner For Companies',
        description: 'Account owner for companies',
        icon: 'IconBriefcase',
        isNullable: false,
        isUIEditable: false,
        universalIdentifier: '20202020-dc29-4bd4-a3c1-29eafa324bee',
      },
    },
  ],
  indexes: [{ fieldNames: ['accountOwner'] }],
};
