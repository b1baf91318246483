import {
  computeJoinColumnName,
  computeMorphRelationFieldName,
  FieldMetadataType,
  type RelationOnDeleteAction,
  SYSTEM_FIELD_NAMES,
} from '@twenty-mcp/twenty-layout';

import { buildSearchVectorExpression } from '../../workspace-schema/utils/build-search-vector-expression.util';
import { type FieldMetadataRow } from '../types/field-metadata-row.type';
import { type IndexDescription } from '../types/index-description.type';
import { type ObjectDescription } from '../types/object-description.type';
import {
  type MorphRelationDescription,
  type RelationSideDescription,
} from '../types/relation-description.type';
import {
  type WorkspaceMetadata,
  type WorkspaceObject,
} from '../types/workspace-metadata.type';
import { buildIndexRow } from '../utils/build-index-row.util';
import { buildObjectRow } from '../utils/build-object-row.util';
import { buildSystemFieldSpecs } from '../utils/build-system-field-specs.util';
import { computeStandardUniversalIdentifier } from '../utils/compute-standard-universal-identifier.util';
import { deterministicUuid } from '../utils/deterministic-uuid.util';
import { getOwnFieldDescriptions } from '../utils/get-own-field-descriptions.util';

export type BuildWorkspaceMetadataInput = {
  workspaceId: string;
  standardApplicationId: string;
  customApplicationId: string;
  objects: ObjectDescription[];
  createdAt?: Date;
};

type FieldValues = Partial<FieldMetadataRow> &
  Pick<FieldMetadataRow, 'name' | 'type' | 'label'>;

type RelationPair = {
  owner: WorkspaceObject;
  target: WorkspaceObject;
  ownerSide: RelationSideDescription;
  type: FieldMetadataType.RELATION | FieldMetadataType.MORPH_RELATION;
  morphId: string | null;
  onDelete: RelationOnDeleteAction;
  inverse: RelationSideDescription;
  isCustomRelation: boolean;
  derivedUniversalIdentifiers?: { owner: string; inverse: string };
};

const SYSTEM_FIELD_NAME_SET = new Set<string>(SYSTEM_FIELD_NAMES);

// Turns object descriptions into the rows Twenty keeps in core."objectMetadata",
// "fieldMetadata", "indexMetadata" and "indexFieldMetadata". Three passes:
// objects with their own and system fields; relation pairs (which need every
// object); then identifier fields and indexes. Ids are name-based, so a
// workspace id always yields the same rows.
export class WorkspaceMetadataBuilder {
  private readonly createdAt: Date;
  private tick = 0;
  private readonly objects = new Map<string, WorkspaceObject>();
  private readonly pendingIndexes: {
    object: WorkspaceObject;
    description: IndexDescription;
    isCustom: boolean;
  }[] = [];

  constructor(private readonly input: BuildWorkspaceMetadataInput) {
    this.createdAt = input.createdAt ?? new Date();
  }

  build(): WorkspaceMetadata {
    for (const description of this.input.objects) {
      this.addObject(description);
    }

    for (const description of this.input.objects) {
      this.addRelations(description);
    }

    for (const description of this.input.objects) {
      this.addIdentifiersAndIndexes(description);
    }

    for (const { object, description, isCustom } of this.pendingIndexes) {
      object.indexes.push(
        buildIndexRow({
          object,
          description,
          isCustom,
          applicationId: isCustom
            ? this.input.customApplicationId
            : object.applicationId,
          idFor: this.idFor,
          createdAt: this.nextCreatedAt(),
        }),
      );
    }

    return {
      workspaceId: this.input.workspaceId,
      objects: [...this.objects.values()],
    };
  }

  private readonly idFor = (...parts: string[]) =>
    deterministicUuid(this.input.workspaceId, ...parts);

  // Rows get increasing timestamps so reading them back ORDER BY "createdAt"
  // reproduces the description order, and with it the column order.
  private nextCreatedAt(): Date {
    return new Date(this.createdAt.getTime() + this.tick++);
  }

  private requireObject(name: string): WorkspaceObject {
    const object = this.objects.get(name);

    if (!object) {
      throw new Error(
        `Relation target "${name}" is not an object of this workspace`,
      );
    }

    return object;
  }

  private fieldRow(
    object: WorkspaceObject,
    values: FieldValues,
  ): FieldMetadataRow {
    const id = this.idFor('field', object.nameSingular, values.name);

    return {
      id,
      workspaceId: this.input.workspaceId,
      universalIdentifier: object.isCustom
        ? id
        : this.idFor('field-uid', object.nameSingular, values.name),
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
      createdAt: this.nextCreatedAt(),
      ...values,
    };
  }

  private addObject(description: ObjectDescription): void {
    const object = buildObjectRow({
      description,
      id: this.idFor('object', description.nameSingular),
      workspaceId: this.input.workspaceId,
      applicationId: description.isCustom
        ? this.input.customApplicationId
        : this.input.standardApplicationId,
      createdAt: this.nextCreatedAt(),
    });

    this.objects.set(description.nameSingular, object);
    this.addOwnFields(object, description);
    this.addSystemFields(object, description);
  }

  private addOwnFields(
    object: WorkspaceObject,
    description: ObjectDescription,
  ): void {
    for (const field of getOwnFieldDescriptions(description)) {
      if (SYSTEM_FIELD_NAME_SET.has(field.name)) {
        throw new Error(
          `${description.nameSingular}.${field.name} is a system field`,
        );
      }

      const row = this.fieldRow(object, {
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
          ? this.input.customApplicationId
          : object.applicationId,
      });

      object.fields.push({
        ...row,
        universalIdentifier:
          field.universalIdentifier ?? row.universalIdentifier,
      });
    }
  }

  private addSystemFields(
    object: WorkspaceObject,
    description: ObjectDescription,
  ): void {
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
    const specs = buildSystemFieldSpecs({
      isCustom: description.isCustom,
      idLabel: description.idFieldLabel ?? (description.isCustom ? 'ID' : 'Id'),
      positionDescription:
        description.positionFieldDescription ??
        (description.isCustom
          ? 'Position'
          : `${description.labelSingular} record position`),
    });

    for (const spec of specs) {
      const row = this.fieldRow(object, {
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

      object.fields.push(
        description.isCustom
          ? row
          : {
              ...row,
              universalIdentifier: computeStandardUniversalIdentifier(
                object.universalIdentifier,
                spec.name,
              ),
            },
      );
    }
  }

  private addRelations(description: ObjectDescription): void {
    const owner = this.requireObject(description.nameSingular);

    for (const relation of description.relations ?? []) {
      this.addRelationPair({
        owner,
        target: this.requireObject(relation.targetObject),
        ownerSide: relation,
        type: FieldMetadataType.RELATION,
        morphId: null,
        onDelete: relation.onDelete,
        inverse: relation.inverse,
        isCustomRelation: description.isCustom,
      });
    }

    for (const morph of description.morphRelations ?? []) {
      this.addMorphRelation(owner, morph);
    }

    const customRelation = description.customObjectRelations;

    if (customRelation) {
      for (const custom of this.customObjects()) {
        this.addRelationPair({
          owner,
          target: this.requireObject(custom.nameSingular),
          ownerSide: {
            ...customRelation,
            name: custom.nameSingular,
            label: custom.labelSingular,
          },
          type: FieldMetadataType.RELATION,
          morphId: null,
          onDelete: customRelation.onDelete,
          inverse: customRelation.inverse,
          isCustomRelation: true,
        });
      }
    }
  }

  private customObjects(): ObjectDescription[] {
    return this.input.objects.filter((description) => description.isCustom);
  }

  private addMorphRelation(
    owner: WorkspaceObject,
    morph: MorphRelationDescription,
  ): void {
    const customTargets = morph.customObjectTarget
      ? this.customObjects().map((custom) => ({
          ...morph.customObjectTarget!,
          targetObject: custom.nameSingular,
          label: custom.labelSingular,
        }))
      : [];

    for (const target of [...morph.targets, ...customTargets]) {
      const targetObject = this.requireObject(target.targetObject);

      this.addRelationPair({
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
        isCustomRelation: targetObject.isCustom || owner.isCustom,
        derivedUniversalIdentifiers: {
          owner: computeStandardUniversalIdentifier(
            owner.universalIdentifier,
            'systemRelation',
            targetObject.universalIdentifier,
          ),
          inverse: computeStandardUniversalIdentifier(
            targetObject.universalIdentifier,
            'systemRelation',
            owner.universalIdentifier,
          ),
        },
      });
    }
  }

  // A MANY_TO_ONE field on the owner (which owns the join column) and its
  // ONE_TO_MANY inverse on the target, pointing at each other. Relations
  // created in the workspace get their join column indexed.
  private addRelationPair(pair: RelationPair): void {
    const { owner, target, ownerSide, inverse, isCustomRelation } = pair;
    const customApplicationId = this.input.customApplicationId;

    if (target.fields.some((field) => field.name === inverse.name)) {
      throw new Error(
        `${target.nameSingular}.${inverse.name} is defined twice`,
      );
    }

    const ownerRow = this.fieldRow(owner, {
      name: ownerSide.name,
      type: pair.type,
      label: ownerSide.label,
      description: ownerSide.description ?? null,
      icon: ownerSide.icon ?? null,
      isNullable: ownerSide.isNullable ?? true,
      isUIEditable: ownerSide.isUIEditable ?? true,
      applicationId: isCustomRelation
        ? customApplicationId
        : owner.applicationId,
      morphId: pair.morphId,
      relationTargetObjectMetadataId: target.id,
      settings: {
        relationType: 'MANY_TO_ONE',
        onDelete: pair.onDelete,
        joinColumnName: computeJoinColumnName(ownerSide.name),
      },
    });
    const inverseRow = this.fieldRow(target, {
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

    owner.fields.push({
      ...ownerRow,
      relationTargetFieldMetadataId: inverseRow.id,
      universalIdentifier:
        ownerSide.universalIdentifier ??
        pair.derivedUniversalIdentifiers?.owner ??
        ownerRow.universalIdentifier,
    });
    target.fields.push({
      ...inverseRow,
      universalIdentifier:
        inverse.universalIdentifier ??
        pair.derivedUniversalIdentifiers?.inverse ??
        inverseRow.universalIdentifier,
    });

    if (isCustomRelation) {
      this.pendingIndexes.push({
        object: owner,
        description: { fieldNames: [ownerSide.name] },
        isCustom: true,
      });
    }
  }

  private addIdentifiersAndIndexes(description: ObjectDescription): void {
    const object = this.requireObject(description.nameSingular);
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

    for (const index of [
      ...(description.indexes ?? []),
      ...uniqueFields,
      { fieldNames: ['searchVector'], indexType: 'GIN' as const },
    ]) {
      this.pendingIndexes.push({
        object,
        description: index,
        isCustom: object.isCustom,
      });
    }
  }
}
