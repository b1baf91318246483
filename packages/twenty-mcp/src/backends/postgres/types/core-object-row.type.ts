// The core."objectMetadata" columns the adapter reads (Twenty v2).
export type CoreObjectRow = {
  id: string;
  nameSingular: string;
  namePlural: string;
  labelSingular: string;
  labelPlural: string;
  description: string | null;
  icon: string | null;
  isSystem: boolean;
  isSearchable: boolean;
  isActive: boolean;
  labelIdentifierFieldMetadataId: string | null;
  imageIdentifierFieldMetadataId: string | null;
  // universalIdentifier of the owning application: custom unless it is
  // Twenty's standard application.
  applicationUniversalIdentifier: string;
};
