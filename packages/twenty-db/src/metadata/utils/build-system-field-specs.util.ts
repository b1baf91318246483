import {
  FieldMetadataType,
  type SystemFieldName,
} from '@twenty-mcp/twenty-layout';

export type SystemFieldSpec = {
  name: SystemFieldName;
  type: FieldMetadataType;
  label: string;
  description: string;
  icon: string;
  isNullable: boolean;
  isUIEditable: boolean;
  defaultValue: unknown;
  settings: Record<string, unknown> | null;
};

const RELATIVE_DATE = { displayFormat: 'RELATIVE' };

// The eight fields every record table has. Standard objects and custom
// objects differ in a few labels, icons and the actor default name.
export const buildSystemFieldSpecs = ({
  isCustom,
  idLabel,
  positionDescription,
}: {
  isCustom: boolean;
  idLabel: string;
  positionDescription: string;
}): SystemFieldSpec[] => {
  const actorDefault = isCustom
    ? { name: "''", source: "'MANUAL'" }
    : { source: "'MANUAL'", name: "'System'", workspaceMemberId: null };
  const isUIEditable = !isCustom;

  return [
    {
      name: 'position',
      type: FieldMetadataType.POSITION,
      label: 'Position',
      description: positionDescription,
      icon: 'IconHierarchy2',
      isNullable: false,
      isUIEditable,
      defaultValue: 0,
      settings: null,
    },
    {
      name: 'createdBy',
      type: FieldMetadataType.ACTOR,
      label: 'Created by',
      description: 'The creator of the record',
      icon: 'IconCreativeCommonsSa',
      isNullable: false,
      isUIEditable: false,
      defaultValue: actorDefault,
      settings: null,
    },
    {
      name: 'updatedBy',
      type: FieldMetadataType.ACTOR,
      label: 'Updated by',
      description: 'The workspace member who last updated the record',
      icon: 'IconUserCircle',
      isNullable: false,
      isUIEditable: false,
      defaultValue: actorDefault,
      settings: null,
    },
    {
      name: 'searchVector',
      type: FieldMetadataType.TS_VECTOR,
      label: 'Search vector',
      description: isCustom
        ? 'Search vector'
        : 'Field used for full-text search',
      icon: isCustom ? 'IconSearch' : 'IconUser',
      isNullable: true,
      isUIEditable,
      defaultValue: null,
      settings: null,
    },
    {
      name: 'id',
      type: FieldMetadataType.UUID,
      label: idLabel,
      description: idLabel,
      icon: 'Icon123',
      isNullable: false,
      isUIEditable: false,
      defaultValue: 'uuid',
      settings: null,
    },
    {
      name: 'createdAt',
      type: FieldMetadataType.DATE_TIME,
      label: 'Creation date',
      description: 'Creation date',
      icon: 'IconCalendar',
      isNullable: false,
      isUIEditable: false,
      defaultValue: 'now',
      settings: RELATIVE_DATE,
    },
    {
      name: 'updatedAt',
      type: FieldMetadataType.DATE_TIME,
      label: 'Last update',
      description: 'Last time the record was changed',
      icon: 'IconCalendarClock',
      isNullable: false,
      isUIEditable: false,
      defaultValue: 'now',
      settings: RELATIVE_DATE,
    },
    {
      name: 'deletedAt',
      type: FieldMetadataType.DATE_TIME,
      label: 'Deleted at',
      description: isCustom
        ? 'Deletion date'
        : 'Date when the record was deleted',
      icon: isCustom ? 'IconCalendarClock' : 'IconCalendarMinus',
      isNullable: true,
      isUIEditable: false,
      defaultValue: null,
      settings: RELATIVE_DATE,
    },
  ];
};
