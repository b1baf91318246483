import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { type ObjectSchema } from '../../domain/workspace/types/workspace-schema.type';
import { type ErasurePreview } from '../types/erasure-preview.type';
import { type ToolBuildEnvironment } from '../types/tool-build-environment.type';
import { type ToolCallContext } from '../types/tool-call-context.type';
import { describeDestroyRelatedEffects } from './describe-destroy-related-effects.util';

// Notes and tasks named in a preview; the counts cover the rest.
const SAMPLE_SIZE = 10;

const count = (n: number, singular: string, plural: string) =>
  `${n} ${n === 1 ? singular : plural}`;

// What an erasure leaves, whatever the workspace: said in every preview so
// the user confirms knowing it.
const NOT_COVERED =
  'Only records and fields you can read are searched. Notes and tasks about others too keep their text (only the link goes). Attachment files stay in Twenty’s file storage, and copies outside this workspace (email, calendars, webhooks, backups, audit events that kept call arguments) are not touched.';

// "a, b and c", as a sentence lists things.
const LIST_FORMAT = new Intl.ListFormat('en', {
  style: 'long',
  type: 'conjunction',
});

// The first phase of erase_person: reads what would go, hands out a
// confirmation token for exactly this person, changes nothing. Refused
// when some part of it is beyond the caller's rights.
export const previewErasure = async ({
  env,
  context,
  person,
  id,
  tool,
}: {
  env: ToolBuildEnvironment;
  context: ToolCallContext;
  person: ObjectSchema;
  id: string;
  tool: string;
}): Promise<ErasurePreview> => {
  const plan = await context.records.planErasure(context.access, id);

  if (plan.missingRights.length > 0) {
    throw new TwentyMcpException(
      `Erasing this person also needs rights your token or role does not have: ${plan.missingRights.join('; ')}. Nothing was changed; an admin can erase them, or grant those rights.`,
      TwentyMcpExceptionCode.FORBIDDEN,
    );
  }

  const ticket = await context.confirmations.prepare(context.principal, {
    tool,
    objectName: person.nameSingular,
    arguments: { id },
  });
  const expiresAt = ticket.expiresAt.toISOString();
  const objectNamed = (objectName: string) =>
    env.workspace.objects.find(
      (candidate) => candidate.nameSingular === objectName,
    )!;
  const labelOf = (objectName: string, n: number) => {
    const object = objectNamed(objectName);

    return count(
      n,
      object.labelSingular.toLowerCase(),
      object.labelPlural.toLowerCase(),
    );
  };
  // As the workspace shows the field ("Billing Emails"), not its API name.
  const fieldLabelOf = (objectName: string, fieldName: string) =>
    `"${
      objectNamed(objectName).fields.find((field) => field.name === fieldName)
        ?.label ?? fieldName
    }" field`;
  const parts = [
    ...plan.activities.flatMap(({ objectName, erased, unlinked }) => [
      ...(erased.length > 0
        ? [`${labelOf(objectName, erased.length)} about them alone`]
        : []),
      ...(unlinked.length > 0
        ? [
            `the link from ${labelOf(objectName, unlinked.length)} also about others`,
          ]
        : []),
    ]),
    ...plan.contacts.map(
      ({ objectName, fieldName, changes }) =>
        `their contact details in the ${fieldLabelOf(objectName, fieldName)} of ${labelOf(objectName, changes.length)}`,
    ),
    ...(plan.timelineActivityCount > 0
      ? [
          count(
            plan.timelineActivityCount,
            'timeline entry',
            'timeline entries',
          ),
        ]
      : []),
  ];

  return {
    object: person.nameSingular,
    confirmationRequired: true,
    confirmationToken: ticket.token,
    expiresAt,
    matchedCount: 1,
    sample: [{ id: plan.personId, label: plan.personLabel }],
    unmatchedIds: [],
    effect: `Permanently erases this ${person.labelSingular.toLowerCase()}${parts.length > 0 ? `, and with them ${LIST_FORMAT.format(parts)}` : ''}. This cannot be undone.`,
    relatedRecords: describeDestroyRelatedEffects(
      env.workspace,
      env.permissions,
      person,
    ),
    erasure: {
      activities: plan.activities.map(({ objectName, erased, unlinked }) => ({
        object: objectName,
        erasedCount: erased.length,
        erased: erased.slice(0, SAMPLE_SIZE),
        unlinkedCount: unlinked.length,
        unlinked: unlinked.slice(0, SAMPLE_SIZE),
      })),
      contactFields: plan.contacts.map(
        ({ objectName, fieldName, changes }) => ({
          object: objectName,
          field: fieldName,
          recordCount: changes.length,
        }),
      ),
      timelineEntries: plan.timelineActivityCount,
      notCovered: NOT_COVERED,
    },
    nextStep: `Nothing has been changed yet. Show the user this preview and ask whether to erase this person for good. Only if they agree, call erase_person again with the same id plus "confirmationToken": "${ticket.token}" before ${expiresAt} (it works once). If they do not, do nothing.`,
  };
};
