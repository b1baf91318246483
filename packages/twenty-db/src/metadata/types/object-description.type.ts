import { type FieldDescription } from './field-description.type';
import { type IndexDescription } from './index-description.type';
import {
  type MorphRelationDescription,
  type RelationDescription,
} from './relation-description.type';

export type ObjectDescription = {
  nameSingular: string;
  namePlural: string;
  labelSingular: string;
  labelPlural: string;
  description?: string;
  icon?: string;
  // Owned by the workspace's own application (table gets the `_` prefix).
  isCustom: boolean;
  isSystem?: boolean;
  isSearchable?: boolean;
  isAuditLogged?: boolean;
  isUICreatable?: boolean;
  shortcut?: string;
  universalIdentifier?: string;
  labelIdentifierFieldName: string;
  imageIdentifierFieldName?: string;
  duplicateCriteria?: string[][];
  // Fields feeding the searchVector generated column, in order.
  searchFieldNames: string[];
  // Label of the `id` field; Twenty writes `ID` on person, `Id` elsewhere.
  idFieldLabel?: string;
  positionFieldDescription?: string;
  fields: FieldDescription[];
  relations?: RelationDescription[];
  morphRelations?: MorphRelationDescription[];
  // Relations to each custom object, one plain RELATION per custom object
  // (favorite's pre-morph layout).
  customObjectRelations?: Omit<
    RelationDescription,
    'name' | 'label' | 'targetObject'
  >;
  indexes?: IndexDescription[];
};
