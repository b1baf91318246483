import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { type ErasureOutcome } from '../../domain/records/types/erasure-outcome.type';
import { type ErasurePlan } from '../../domain/records/types/erasure-plan.type';
import { type FilterNode } from '../../domain/records/types/filter-node.type';
import { type QueryTarget } from '../../domain/records/types/query-target.type';
import { type RecordsAccess } from '../../domain/records/types/records-access.type';
import { type StoredRecord } from '../../domain/records/types/stored-record.type';
import { type WriteActor } from '../../domain/records/types/write-actor.type';
import { recordLabel } from '../../domain/records/utils/record-label.util';
import {
  type FieldSchema,
  type ObjectSchema,
} from '../../domain/workspace/types/workspace-schema.type';
import { getFieldApiKey } from '../../domain/workspace/utils/get-field-api-key.util';
import { type RecordsWriter } from '../../ports/records-writer.port';
import { buildContactMatchFilter } from './utils/build-contact-match-filter.util';
import { buildIdSelection } from './utils/build-id-selection.util';
import { collectPersonContacts } from './utils/collect-person-contacts.util';
import { removePersonContacts } from './utils/remove-person-contacts.util';
import { resolveErasureContactFields } from './utils/resolve-erasure-contact-fields.util';
import { toSystemTarget } from './utils/to-system-target.util';

// Twenty's timeline object: entries about a record, and about records
// linked to it (`linkedRecordId`).
const TIMELINE_OBJECT_NAME = 'timelineActivity';
const LINKED_RECORD_FIELD_NAME = 'linkedRecordId';

const eq = (field: string, value: string): FilterNode => ({
  kind: 'condition',
  field,
  subField: null,
  operator: 'eq',
  value,
});

const inIds = (field: string, ids: string[]): FilterNode => ({
  kind: 'condition',
  field,
  subField: null,
  operator: 'in',
  value: ids,
});

const manyToOneTo = (object: ObjectSchema, targetObjectName: string) =>
  object.fields.find(
    (field) =>
      field.relation?.direction === 'MANY_TO_ONE' &&
      field.relation.targetObjectName === targetObjectName,
  );

type ActivityPlan = {
  target: QueryTarget;
  junction: QueryTarget;
  erased: StoredRecord[];
  unlinked: StoredRecord[];
  linkIds: string[];
};

type ContactPlan = {
  target: QueryTarget;
  field: FieldSchema;
  changes: { id: string; value: unknown }[];
};

// Erasing one person (docs/guardrails.md, "Erasure"), inside one
// transaction of the records writer: `plan` reads what would go and
// changes nothing; `apply` plans again and carries it out, so what is
// erased is what exists when the user's confirmation arrives. Only objects
// and fields the caller can read are searched; links and timeline entries
// are the person's traces, removed on the caller's behalf as the
// database's own cascades would.
export class PersonErasureWriter {
  private readonly person: QueryTarget;

  constructor(
    private readonly writer: RecordsWriter,
    private readonly access: RecordsAccess,
    person: QueryTarget,
    // The workspace's contact fields ("object.field"); null: the default.
    private readonly contactFields: readonly string[] | null,
  ) {
    this.person = person;
  }

  async plan(personId: string): Promise<ErasurePlan | null> {
    const details = await this.collect(personId);

    if (!details) {
      return null;
    }

    const { person, activities, contacts, timelineIds } = details;

    return {
      personId: person.id,
      personLabel: recordLabel(this.person.object, person),
      activities: activities.map(({ target, erased, unlinked }) => ({
        objectName: target.object.nameSingular,
        erased: erased.map((record) => ({
          id: record.id,
          label: recordLabel(target.object, record),
        })),
        unlinked: unlinked.map((record) => ({
          id: record.id,
          label: recordLabel(target.object, record),
        })),
      })),
      contacts: contacts.map(({ target, field, changes }) => ({
        objectName: target.object.nameSingular,
        fieldName: field.name,
        changes,
      })),
      timelineActivityCount: timelineIds.length,
      missingRights: this.listMissingRights(activities, contacts),
    };
  }

  // Null when there is no such person; refused, with nothing changed,
  // while the caller lacks a right some part needs.
  async apply(
    personId: string,
    actor: WriteActor,
  ): Promise<ErasureOutcome | null> {
    const details = await this.collect(personId);

    if (!details) {
      return null;
    }

    const { person, activities, contacts, timelineIds, timeline } = details;
    const missingRights = this.listMissingRights(activities, contacts);

    if (missingRights.length > 0) {
      throw new TwentyMcpException(
        `This erasure also needs rights your token or role does not have: ${missingRights.join('; ')}. Nothing was erased; an admin can erase this person, or grant those rights.`,
        TwentyMcpExceptionCode.FORBIDDEN,
      );
    }

    for (const { target, junction, erased, linkIds } of activities) {
      await this.writer.destroy(junction, linkIds);
      await this.writer.destroy(
        target,
        erased.map(({ id }) => id),
      );
    }

    for (const { target, field, changes } of contacts) {
      for (const { id, value } of changes) {
        await this.writer.update(
          target,
          id,
          { [field.name]: value },
          actor,
          buildIdSelection(target.object),
          { redaction: true },
        );
      }
    }

    if (timeline && timelineIds.length > 0) {
      await this.writer.destroy(timeline, timelineIds);
    }

    await this.writer.destroy(this.person, [person.id]);

    return {
      personId: person.id,
      erasedActivities: activities.map(({ target, erased }) => ({
        objectName: target.object.nameSingular,
        ids: erased.map(({ id }) => id),
      })),
      unlinkedActivities: activities.map(({ target, unlinked }) => ({
        objectName: target.object.nameSingular,
        ids: unlinked.map(({ id }) => id),
      })),
      clearedContacts: contacts.map(({ target, field, changes }) => ({
        objectName: target.object.nameSingular,
        fieldName: field.name,
        ids: changes.map(({ id }) => id),
      })),
      timelineActivityCount: timelineIds.length,
    };
  }

  private async collect(personId: string) {
    const personObject = this.person.object;
    const contactSources = personObject.fields.filter(
      (field) =>
        this.person.access.readableFieldNames.has(field.name) &&
        (field.type === FieldMetadataType.EMAILS ||
          field.type === FieldMetadataType.PHONES),
    );
    const labelField = personObject.fields.find(
      (field) =>
        field.name === personObject.labelIdentifierFieldName &&
        this.person.access.readableFieldNames.has(field.name),
    );
    const [person] = await this.writer.findByIds({
      ...this.person,
      ids: [personId],
      selection: buildIdSelection(personObject, [
        ...contactSources,
        ...(labelField ? [labelField] : []),
      ]),
      deleted: 'include',
    });

    if (!person) {
      return null;
    }

    const activities = await this.collectActivities(person.id);
    const contacts = await this.collectContacts(person);
    const timeline = this.findObject(TIMELINE_OBJECT_NAME);
    const timelineIds = timeline
      ? await this.collectTimeline(
          timeline,
          person.id,
          activities.flatMap(({ target, erased }) =>
            erased.map(({ id }) => ({
              objectName: target.object.nameSingular,
              id,
            })),
          ),
        )
      : [];

    return {
      person,
      activities,
      contacts,
      timeline: timeline ? toSystemTarget(timeline) : null,
      timelineIds,
    };
  }

  // Notes and tasks linked to the person (trashed ones and trashed links
  // too), split by whether anything else is linked to them — whatever the
  // caller can see of those other links.
  private async collectActivities(personId: string): Promise<ActivityPlan[]> {
    const plans: ActivityPlan[] = [];

    for (const object of this.access.workspace.objects) {
      const access = this.access.permissions.objects.get(object.nameSingular);
      const schema = object.activityTargets;
      const personLink = schema?.targets.find(
        (target) => target.objectName === this.person.object.nameSingular,
      );
      const junctionObject = schema
        ? this.findObject(schema.junctionObjectName)
        : undefined;

      if (!access?.canRead || !schema || !personLink || !junctionObject) {
        continue;
      }

      const junction = toSystemTarget(junctionObject);
      const joinField = (joinColumnName: string) =>
        junctionObject.fields.find(
          (field) => getFieldApiKey(field) === joinColumnName,
        );
      const activityField = joinField(schema.activityJoinColumn);
      const personField = joinField(personLink.joinColumnName);
      const targetFields = schema.targets
        .map(({ joinColumnName }) => joinField(joinColumnName))
        .filter((field): field is FieldSchema => field !== undefined);

      if (!activityField || !personField) {
        continue;
      }

      const activityKey = getFieldApiKey(activityField);
      const personLinks = await this.writer.findAll(
        junction,
        eq(personField.name, personId),
        buildIdSelection(junctionObject, [activityField]),
        'include',
      );
      const activityIds = [
        ...new Set(
          personLinks
            .map((link) => link[activityKey])
            .filter((id): id is string => typeof id === 'string'),
        ),
      ];

      if (activityIds.length === 0) {
        continue;
      }

      const links = await this.writer.findAll(
        junction,
        inIds(activityField.name, activityIds),
        buildIdSelection(junctionObject, [activityField, ...targetFields]),
        'include',
      );
      const isAboutOthers = new Set(
        links
          .filter((link) =>
            targetFields.some((field) => {
              const value = link[getFieldApiKey(field)];

              return (
                typeof value === 'string' &&
                !(field === personField && value === personId)
              );
            }),
          )
          .map((link) => link[activityKey] as string),
      );
      const target = { object, access };
      const labelField = object.fields.find(
        (field) =>
          field.name === object.labelIdentifierFieldName &&
          access.readableFieldNames.has(field.name),
      );
      const records = await this.writer.findByIds({
        ...target,
        ids: activityIds,
        selection: buildIdSelection(object, labelField ? [labelField] : []),
        deleted: 'include',
      });
      const erased = records.filter(({ id }) => !isAboutOthers.has(id));
      const erasedIds = new Set(erased.map(({ id }) => id));

      plans.push({
        target,
        junction,
        erased,
        unlinked: records.filter(({ id }) => isAboutOthers.has(id)),
        linkIds: links
          .filter(
            (link) =>
              erasedIds.has(link[activityKey] as string) ||
              link[getFieldApiKey(personField)] === personId,
          )
          .map(({ id }) => id),
      });
    }

    return plans;
  }

  private async collectContacts(person: StoredRecord): Promise<ContactPlan[]> {
    const contacts = collectPersonContacts(this.person.object, person);
    const plans: ContactPlan[] = [];

    for (const { object, field } of resolveErasureContactFields({
      workspace: this.access.workspace,
      permissions: this.access.permissions,
      personObjectName: this.person.object.nameSingular,
      configured: this.contactFields,
    })) {
      const filter = buildContactMatchFilter(field, contacts);

      if (!filter) {
        continue;
      }

      const target = {
        object,
        access: this.access.permissions.objects.get(object.nameSingular)!,
      };
      const rows = await this.writer.findAll(
        target,
        filter,
        buildIdSelection(object, [field]),
        'include',
      );
      const changes = rows.flatMap((row) => {
        const value = removePersonContacts(field, row[field.name], contacts);

        return value === undefined ? [] : [{ id: row.id, value }];
      });

      if (changes.length > 0) {
        plans.push({ target, field, changes });
      }
    }

    return plans;
  }

  // Entries on the person's timeline, entries elsewhere that name the
  // person or an erased activity, and the erased activities' own entries
  // (Twenty keeps those, unlinked, when a note is destroyed).
  private async collectTimeline(
    timeline: ObjectSchema,
    personId: string,
    erased: { objectName: string; id: string }[],
  ): Promise<string[]> {
    const conditions: FilterNode[] = [];
    const personField = manyToOneTo(timeline, this.person.object.nameSingular);
    const linkedRecord = timeline.fields.find(
      (field) => field.name === LINKED_RECORD_FIELD_NAME,
    );

    if (personField) {
      conditions.push(eq(personField.name, personId));
    }

    if (linkedRecord) {
      conditions.push(
        inIds(linkedRecord.name, [personId, ...erased.map(({ id }) => id)]),
      );
    }

    for (const objectName of new Set(erased.map((item) => item.objectName))) {
      const field = manyToOneTo(timeline, objectName);

      if (field) {
        conditions.push(
          inIds(
            field.name,
            erased
              .filter((item) => item.objectName === objectName)
              .map(({ id }) => id),
          ),
        );
      }
    }

    if (conditions.length === 0) {
      return [];
    }

    const rows = await this.writer.findAll(
      toSystemTarget(timeline),
      { kind: 'or', children: conditions },
      buildIdSelection(timeline),
      'include',
    );

    return rows.map(({ id }) => id);
  }

  private listMissingRights(
    activities: ActivityPlan[],
    contacts: ContactPlan[],
  ): string[] {
    return [
      ...activities
        .filter(
          ({ target, erased }) =>
            erased.length > 0 && !target.access.canDestroy,
        )
        .map(
          ({ target }) => `destroy ${target.object.labelPlural.toLowerCase()}`,
        ),
      ...contacts
        .filter(
          ({ target, field }) =>
            !target.access.canUpdate ||
            !target.access.updatableFieldNames.has(field.name),
        )
        .map(
          ({ target, field }) =>
            `update ${field.label} on ${target.object.labelPlural.toLowerCase()}`,
        ),
    ];
  }

  private findObject(nameSingular: string): ObjectSchema | undefined {
    return this.access.workspace.objects.find(
      (object) => object.nameSingular === nameSingular,
    );
  }
}
