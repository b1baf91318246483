import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type ObjectDescription } from '../../../metadata/types/object-description.type';
import { RATING_OPTIONS } from './subscription.object';

export const SUPPORT_TICKET_OBJECT: ObjectDescription = {
  nameSingular: 'supportTicket',
  namePlural: 'supportTickets',
  labelSingular: 'Support Ticket',
  labelPlural: 'Support Tickets',
  description: 'A customer request handled by support',
  icon: 'IconLifebuoy',
  isCustom: true,
  isSearchable: true,
  labelIdentifierFieldName: 'name',
  searchFieldNames: ['name', 'details'],
  fields: [
    {
      name: 'name',
      type: FieldMetadataType.TEXT,
      label: 'Subject',
      description: 'What the ticket is about',
      icon: 'IconAbc',
    },
    {
      name: 'details',
      type: FieldMetadataType.RICH_TEXT,
      label: 'Details',
      description: 'The request as the customer wrote it',
      icon: 'IconFileText',
    },
    {
      name: 'priority',
      type: FieldMetadataType.SELECT,
      label: 'Priority',
      icon: 'IconFlag',
      isNullable: false,
      defaultValue: "'MEDIUM'",
      options: [
        { value: 'LOW', label: 'Low', position: 0, color: 'gray' },
        { value: 'MEDIUM', label: 'Medium', position: 1, color: 'sky' },
        { value: 'HIGH', label: 'High', position: 2, color: 'orange' },
        { value: 'URGENT', label: 'Urgent', position: 3, color: 'red' },
      ],
    },
    {
      name: 'channel',
      type: FieldMetadataType.SELECT,
      label: 'Channel',
      icon: 'IconMessage',
      options: [
        { value: 'EMAIL', label: 'Email', position: 0, color: 'blue' },
        { value: 'CHAT', label: 'Chat', position: 1, color: 'green' },
        { value: 'PHONE', label: 'Phone', position: 2, color: 'purple' },
        { value: 'PORTAL', label: 'Portal', position: 3, color: 'yellow' },
      ],
    },
    {
      name: 'satisfaction',
      type: FieldMetadataType.RATING,
      label: 'Satisfaction',
      description: 'Customer rating after resolution',
      icon: 'IconStar',
      options: RATING_OPTIONS,
    },
    {
      name: 'openedAt',
      type: FieldMetadataType.DATE_TIME,
      label: 'Opened at',
      icon: 'IconClock',
      isNullable: false,
      defaultValue: 'now',
    },
    {
      name: 'dueOn',
      type: FieldMetadataType.DATE,
      label: 'Due on',
      icon: 'IconCalendarDue',
    },
    {
      name: 'isResolved',
      type: FieldMetadataType.BOOLEAN,
      label: 'Resolved',
      icon: 'IconCheck',
      isNullable: false,
      defaultValue: false,
    },
  ],
  relations: [
    {
      name: 'subscription',
      label: 'Subscription',
      description: 'Subscription the ticket is raised under',
      icon: 'IconReceipt',
      targetObject: 'subscription',
      onDelete: 'SET_NULL',
      inverse: {
        name: 'supportTickets',
        label: 'Support tickets',
        description: 'Tickets raised under the subscription',
        icon: 'IconLifebuoy',
      },
    },
    {
      name: 'requester',
      label: 'Requester',
      description: 'Who asked for help',
      icon: 'IconUser',
      targetObject: 'person',
      onDelete: 'SET_NULL',
      inverse: {
        name: 'supportTickets',
        label: 'Support tickets',
        description: 'Tickets the person raised',
        icon: 'IconLifebuoy',
      },
    },
  ],
  morphRelations: [
    {
      name: 'about',
      morphId: '6b0c7c63-5a0e-4a58-9f93-7c0e2b3c4d51',
      description: 'The account or deal the ticket concerns',
      icon: 'IconLink',
      targets: [
        {
          targetObject: 'company',
          label: 'About company',
          onDelete: 'SET_NULL',
          inverse: {
            name: 'supportTicketsAbout',
            label: 'Support tickets',
            description: 'Tickets about the company',
            icon: 'IconLifebuoy',
          },
        },
        {
          targetObject: 'opportunity',
          label: 'About opportunity',
          onDelete: 'SET_NULL',
          inverse: {
            name: 'supportTicketsAbout',
            label: 'Support tickets',
            description: 'Tickets about the opportunity',
            icon: 'IconLifebuoy',
          },
        },
      ],
    },
  ],
};
