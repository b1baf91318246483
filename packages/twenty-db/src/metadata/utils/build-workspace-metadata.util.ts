import { computeMorphRelationFieldName } from '../../naming/utils/compute-morph-relation-field-name.util';
import { computeJoinColumnName } from '../../naming/utils/compute-join-column-name.util';
import { computeTableName } from '../../naming/utils/compute-table-name.util';
import { buildSearchVectorExpression } from '../../workspace-schema/utils/build-search-vector-expression.util';
import { computeIndexColumns } from '../../workspace-schema/utils/compute-index-columns.util';
import { computeIndexName } from '../../workspace-schema/utils/compute-index-name.util';
import { STANDARD_APPLICATION } from '../constants/standard-application.const';
import { type FieldDescription } from '../types/field-description.type';
import { type FieldMetadataRow } from '../types/field-metadata-row.type';
import { FieldMetadataType } from '../types/field-metadata-type.enum';
import { type IndexDescription } from '../types/index-description.type';
import { type ObjectDescription } from '../types/object-description.type';
import { type RelationOnDeleteAction } from '../types/relation-on-delete-action.type';
import { type RelationSideDescription } from '../types/relation-description.type';
import {
  type WorkspaceIndex,
  type WorkspaceMetadata,
  type WorkspaceObject,
} from '../types/workspace-metadata.type';
import { SYSTEM_FIELD_NAMES } from '../types/system-field-name.type';
import { buildSystemFieldSpecs } from './build-system-field-specs.util';
import { deterministicUuid } from './deterministic-uuid.util';

export type BuildWorkspaceMetadataInput = {
  workspaceId: string;
  standardApplicationId: string;
  customApplicationId: string;
  objects: ObjectDescription[];
  createdAt?: Date;
};

const SYSTEM_FIELD_NAME_SET = new Set<string>(SYSTEM_FIELD_NAMES);

// Turns object descriptions into the rows Twenty keeps in core.objectMetadata,
// core.fieldMetadata, core.indexMetadata and core.indexFieldMetadata. Ids are
// name-based, so the same workspace id always yields the same rows.
export const buildWorkspaceMetadata = ({
  workspaceId,
  standardApplicationId,
  customApplicationId,
  objects: descriptions,
  createdAt = new Date(),
}: BuildWorkspaceMetadataInput): WorkspaceMetadata => {
  const idFor = (...parts: string[]) =>
    deterministicUuid(workspaceId, ...parts);
  // Rows get increasing timestamps so reading them back ORDER BY "createdAt"
  // reproduces the description order (and the physical column order).
  let tick = 0;
  const nextCreatedAt = () => new Date(createdAt.getTime() + tick++);

  const objectsByName = new Map<string, WorkspaceObject>();
  const descriptionByName = new Map(
    descriptions.map((description) => [description.nameSingular, description]),
  );
  const customObjects = descriptions.filter(
    (description) => description.isCustom,
  );

  const requireObject = (name: string) => {
    const object = objectsByName.get(name);

    if (!object) {
      throw new Error(
        `Relation target "${name}" is not an object of this workspace`,
      );
    }

    return object;
  };

  const applicationIdFor = (isCustom: boolean) =>
    isCustom ? customApplicationId : standardApplicationId;

  const fieldRow = (
    object: WorkspaceObject,
    values: Partial<FieldMetadataRow> &
      Pick<FieldMetadataRow, 'name' | 'type' | 'label'>,
  ): FieldMetadataRow => {
    const id = idFor('field', object.nameSingular, values.name);

    return {
      id,
      workspaceId,
      universalIdentifier: object.isCustom
        ? id
        : idFor('field-uid', object.nameSingular, values.name),
      applicationId: object.applicationId,
      objectMetadataId: object.id,
      description: null,
      icon: null,
      defaultValue: null,
      options: null,
      settings: null,
      isActive: true,
      isSystem: false,
      isSystemSideEffect: false,
      isUIEditable: true,
      isNullable: true,
      writability: 'OPEN',
      relationTargetFieldMetadataId: null,
      relationTargetObjectMetadataId: null,
      morphId: null,
      createdAt: nextCreatedAt(),
      ...values,
    };
  };

  // 1. Objects with their own (non-relation) fields and the system fields.
  for (const description of descriptions) {
    const id = idFor('object', description.nameSingular);
    const object: WorkspaceObject = {
      id,
      workspaceId,
      universalIdentifier: description.universalIdentifier ?? id,
      applicationId: applicationIdFor(description.isCustom),
      nameSingular: description.nameSingular,
      namePlural: description.namePlural,
      labelSingular: description.labelSingular,
      labelPlural: description.labelPlural,
      description: description.description ?? null,
      icon: description.icon ?? null,
      targetTableName: 'DEPRECATED',
      isActive: true,
      isSystem: description.isSystem ?? false,
      isRemote: false,
      isSearchable: description.isSearchable ?? false,
      isAuditLogged: description.isAuditLogged ?? true,
      isUICreatable: description.isUICreatable ?? true,
      shortcut: description.shortcut ?? null,
      duplicateCriteria: description.duplicateCriteria ?? null,
      labelIdentifierFieldMetadataId: null,
      imageIdentifierFieldMetadataId: null,
      createdAt: nextCreatedAt(),
      isCustom: description.isCustom,
      fields: [],
      indexes: [],
    };

    objectsByName.set(description.nameSingular, object);

    const ownFields: FieldDescription[] =
      description.isCustom &&
      !description.fields.some((field) => field.name === 'name')
        ? [
            {
              name: 'name',
              type: FieldMetadataType.TEXT,
              label: 'Name',
              description: 'Name',
              icon: 'IconAbc',
            },
            ...description.fields,
          ]
        : description.fields;

    for (const field of ownFields) {
      if (SYSTEM_FIELD_NAME_SET.has(field.name)) {
        throw new Error(
          `${description.nameSingular}.${field.name} is a system field`,
        );
      }

      const row = fieldRow(object, {
        name: field.name,
        type: field.type,
        label: field.label,
        description: field.description ?? null,
        icon: field.icon ?? null,
        defaultValue: field.defaultValue ?? null,
        options: field.options ?? null,
        settings: field.settings ?? null,
        isSystem: field.isSystem ?? false,
        isUIEditable: field.isUIEditable ?? true,
        isNullable: field.isNullable ?? true,
        applicationId: field.isOwnedByCustomApplication
          ? customApplicationId
          : object.applicationId,
      });

      if (field.universalIdentifier) {
        row.universalIdentifier = field.universalIdentifier;
      }

      object.fields.push(row);
    }

    const searchableFields = description.searchFieldNames.map((name) => {
      const field =
        name === 'id'
          ? { name, type: FieldMetadataType.UUID }
          : object.fields.find((candidate) => candidate.name === name);

      if (!field) {
        throw new Error(
          `${description.nameSingular}: search field "${name}" does not exist`,
        );
      }

      return { name: field.name, type: field.type };
    });

    for (const spec of buildSystemFieldSpecs({
      isCustom: description.isCustom,
      idLabel: description.idFieldLabel ?? (description.isCustom ? 'ID' : 'Id'),
      positionDescription:
        description.positionFieldDescription ??
        (description.isCustom
          ? 'Position'
          : `${description.labelSingular} record position`),
    })) {
      const row = fieldRow(object, {
        ...spec,
        isSystem: true,
        isSystemSideEffect: true,
        writability: spec.name === 'searchVector' ? 'SYSTEM' : 'OPEN',
        settings:
          spec.name === 'searchVector'
            ? {
                asExpression: buildSearchVectorExpression(searchableFields),
                generatedType: 'STORED',
              }
            : spec.settings,
      });

      if (!description.isCustom) {
        // Twenty derives standard system field identifiers from the object's.
        row.universalIdentifier = deterministicUuid(
          STANDARD_APPLICATION.universalIdentifier,
          'fieldMetadata',
          object.universalIdentifier,
          spec.name,
        );
      }

      object.fields.push(row);
    }
  }

  // 2. Relations: a MANY_TO_ONE field on the owner and its ONE_TO_MANY
  //    inverse on the target, pointing at each other.
  const addRelationPair = ({
    owner,
    target,
    ownerSide,
    type,
    morphId,
    onDelete,
    inverse,
    isCustomRelation,
    ownerUniversalIdentifier,
    inverseUniversalIdentifier,
    autoIndex,
  }: {
    owner: WorkspaceObject;
    target: WorkspaceObject;
    ownerSide: RelationSideDescription;
    type: FieldMetadataType.RELATION | FieldMetadataType.MORPH_RELATION;
    morphId: string | null;
    onDelete: RelationOnDeleteAction;
    inverse: RelationSideDescription;
    isCustomRelation: boolean;
    ownerUniversalIdentifier?: string;
    inverseUniversalIdentifier?: string;
    autoIndex: boolean;
  }) => {
    const applicationId = isCustomRelation
      ? customApplicationId
      : owner.applicationId;
    const ownerRow = fieldRow(owner, {
      name: ownerSide.name,
      type,
      label: ownerSide.label,
      description: ownerSide.description ?? null,
      icon: ownerSide.icon ?? null,
      isNullable: ownerSide.isNullable ?? true,
      isUIEditable: ownerSide.isUIEditable ?? true,
      applicationId,
      morphId,
      relationTargetObjectMetadataId: target.id,
      settings: {
        relationType: 'MANY_TO_ONE',
        onDelete,
        joinColumnName: computeJoinColumnName(ownerSide.name),
      },
    });
    const inverseRow = fieldRow(target, {
      name: inverse.name,
      type: FieldMetadataType.RELATION,
      label: inverse.label,
      description: inverse.description ?? null,
      icon: inverse.icon ?? null,
      isNullable: inverse.isNullable ?? true,
      isUIEditable: inverse.isUIEditable ?? true,
      applicationId: isCustomRelation
        ? customApplicationId
        : target.applicationId,
      relationTargetObjectMetadataId: owner.id,
      relationTargetFieldMetadataId: ownerRow.id,
      settings: { relationType: 'ONE_TO_MANY' },
    });

    ownerRow.relationTargetFieldMetadataId = inverseRow.id;
    ownerRow.universalIdentifier =
      ownerSide.universalIdentifier ??
      ownerUniversalIdentifier ??
      ownerRow.universalIdentifier;
    inverseRow.universalIdentifier =
      inverse.universalIdentifier ??
      inverseUniversalIdentifier ??
      inverseRow.universalIdentifier;

    if (target.fields.some((field) => field.name === inverse.name)) {
      throw new Error(
        `${target.nameSingular}.${inverse.name} is defined twice`,
      );
    }

    owner.fields.push(ownerRow);
    target.fields.push(inverseRow);

    if (autoIndex) {
      pendingIndexes.push({
        object: owner,
        description: { fieldNames: [ownerSide.name] },
        isCustom: true,
      });
    }
  };

  // Both sides of a link to attachment / note and task targets / timeline
  // activities get identifiers derived from the two objects' identifiers.
  const systemRelationUniversalIdentifier = (
    host: WorkspaceObject,
    other: WorkspaceObject,
  ) =>
    deterministicUuid(
      STANDARD_APPLICATION.universalIdentifier,
      'fieldMetadata',
      host.universalIdentifier,
      'systemRelation',
      other.universalIdentifier,
    );

  const pendingIndexes: {
    object: WorkspaceObject;
    description: IndexDescription;
    isCustom: boolean;
  }[] = [];

  for (const description of descriptions) {
    const owner = requireObject(description.nameSingular);

    for (const relation of description.relations ?? []) {
      addRelationPair({
        owner,
        target: requireObject(relation.targetObject),
        ownerSide: relation,
        type: FieldMetadataType.RELATION,
        morphId: null,
        onDelete: relation.onDelete,
        inverse: relation.inverse,
        isCustomRelation: description.isCustom,
        autoIndex: description.isCustom,
      });
    }

    for (const morph of description.morphRelations ?? []) {
      const targets = [
        ...morph.targets,
        ...(morph.customObjectTarget
          ? customObjects.map((custom) => ({
              ...morph.customObjectTarget!,
              targetObject: custom.nameSingular,
              label: custom.labelSingular,
            }))
          : []),
      ];

      for (const target of targets) {
        const targetObject = requireObject(target.targetObject);
        const isCustomTarget = targetObject.isCustom || description.isCustom;

        addRelationPair({
          owner,
          target: targetObject,
          ownerSide: {
            name: computeMorphRelationFieldName({
              fieldName: morph.name,
              relationType: 'MANY_TO_ONE',
              targetNameSingular: targetObject.nameSingular,
              targetNamePlural: targetObject.namePlural,
            }),
            label: target.label,
            description: morph.description,
            icon: morph.icon,
            isUIEditable: morph.isUIEditable,
            universalIdentifier: target.universalIdentifier,
          },
          type: FieldMetadataType.MORPH_RELATION,
          morphId: morph.morphId,
          onDelete: target.onDelete,
          inverse: target.inverse,
          isCustomRelation: isCustomTarget,
          ownerUniversalIdentifier: systemRelationUniversalIdentifier(
            owner,
            targetObject,
          ),
          inverseUniversalIdentifier: systemRelationUniversalIdentifier(
            targetObject,
            owner,
          ),
          autoIndex: isCustomTarget,
        });
      }
    }

    if (description.customObjectRelations) {
      const spec = description.customObjectRelations;

      for (const custom of customObjects) {
        addRelationPair({
          owner,
          target: requireObject(custom.nameSingular),
          ownerSide: {
            ...spec,
            name: custom.nameSingular,
            label: custom.labelSingular,
          },
          type: FieldMetadataType.RELATION,
          morphId: null,
          onDelete: spec.onDelete,
          inverse: spec.inverse,
          isCustomRelation: true,
          autoIndex: true,
        });
      }
    }
  }

  // 3. Identifier fields, described indexes and the searchVector GIN index.
  for (const object of objectsByName.values()) {
    const description = descriptionByName.get(object.nameSingular)!;
    const fieldId = (name: string | undefined) =>
      name
        ? (object.fields.find((field) => field.name === name)?.id ?? null)
        : null;

    object.labelIdentifierFieldMetadataId = fieldId(
      description.labelIdentifierFieldName,
    );
    object.imageIdentifierFieldMetadataId = fieldId(
      description.imageIdentifierFieldName,
    );

    if (!object.labelIdentifierFieldMetadataId) {
      throw new Error(
        `${object.nameSingular}: label identifier field "${description.labelIdentifierFieldName}" does not exist`,
      );
    }

    const uniqueFields = description.fields
      .filter((field) => field.isUnique)
      .map((field) => ({ fieldNames: [field.name], isUnique: true }));

    for (const index of [...(description.indexes ?? []), ...uniqueFields]) {
      pendingIndexes.push({
        object,
        description: index,
        isCustom: object.isCustom,
      });
    }

    pendingIndexes.push({
      object,
      description: { fieldNames: ['searchVector'], indexType: 'GIN' },
      isCustom: object.isCustom,
    });
  }

  for (const { object, description, isCustom } of pendingIndexes) {
    object.indexes.push(buildIndex({ object, description, isCustom }));
  }

  return { workspaceId, objects: [...objectsByName.values()] };

  function buildIndex({
    object,
    description,
    isCustom,
  }: {
    object: WorkspaceObject;
    description: IndexDescription;
    isCustom: boolean;
  }): WorkspaceIndex {
    const tableName = computeTableName(object);
    const fields = description.fieldNames.map((name) => {
      const field = object.fields.find((candidate) => candidate.name === name);

      if (!field) {
        throw new Error(
          `${object.nameSingular}: index field "${name}" does not exist`,
        );
      }

      return field;
    });
    const isUnique = description.isUnique ?? false;
    const indexId = idFor(
      'index',
      object.nameSingular,
      ...description.fieldNames,
      description.whereClause ?? '',
    );
    const indexFields = fields.map((field, order) => ({
      id: idFor('index-field', indexId, field.name),
      workspaceId,
      indexMetadataId: indexId,
      fieldMetadataId: field.id,
      order,
      subFieldName: null,
    }));
    const { nameKeys } = computeIndexColumns({
      indexFields,
      fieldsById: new Map(fields.map((field) => [field.id, field])),
    });

    return {
      id: indexId,
      workspaceId,
      universalIdentifier: indexId,
      applicationId: isCustom ? customApplicationId : object.applicationId,
      objectMetadataId: object.id,
      name: computeIndexName({
        tableName,
        columnKeys: nameKeys,
        isUnique,
        whereClause: description.whereClause,
      }),
      isCustom,
      isUnique,
      indexWhereClause: description.whereClause ?? null,
      indexType: description.indexType ?? 'BTREE',
      isSystemSideEffect: false,
      createdAt: nextCreatedAt(),
      fields: indexFields,
    };
  }
};
