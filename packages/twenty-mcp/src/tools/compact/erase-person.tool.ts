import { z } from 'zod';

import { ERASABLE_OBJECT_NAME } from '../../domain/permissions/constants/erasable-object-name.const';
import { type ErasureOutcome } from '../../domain/records/types/erasure-outcome.type';
import {
  CONFIRMATION_PREVIEW_PROPERTIES,
  CONFIRMATION_PREVIEW_REQUIRED,
} from '../constants/confirmation-output-schema.const';
import { ERASURE_OUTPUT_PROPERTIES } from '../constants/erasure-output-schema.const';
import { TOOL_HINTS } from '../constants/tool-annotations.const';
import { ERASURE_PREVIEW_FENCE_RULE } from '../fence/constants/erasure-preview-fence-rule.const';
import { type ToolBuildEnvironment } from '../types/tool-build-environment.type';
import { type ToolDefinition } from '../types/tool-definition.type';
import { buildArgsParser } from '../utils/build-args-parser.util';
import { buildConfirmationElicitation } from '../utils/build-confirmation-elicitation.util';
import { previewErasure } from '../utils/preview-erasure.util';
import { runTwoPhase } from '../utils/run-two-phase.util';
import { toInputJsonSchema } from '../utils/to-input-json-schema.util';

const NAME = 'erase_person';

const argsSchema = z.strictObject({
  id: z.guid().describe('The person to erase (their id).'),
  confirmationToken: z
    .string()
    .max(100)
    .optional()
    .describe(
      'Only to confirm a preview: the confirmationToken it returned, sent with the same id after the user agreed.',
    ),
});

type EraseArgs = z.output<typeof argsSchema>;

// Every record the erasure changed or removed, for the caller and the
// audit trail's record ids; never their content.
const touchedIds = (outcome: ErasureOutcome): string[] => [
  outcome.personId,
  ...outcome.erasedActivities.flatMap(({ ids }) => ids),
  ...outcome.unlinkedActivities.flatMap(({ ids }) => ids),
  ...outcome.clearedContacts.flatMap(({ ids }) => ids),
];

// erase_person: the right to erasure (docs/guardrails.md, "Erasure"). Only
// offered to a credential with the `erase` scope whose role may destroy
// people; always two phases.
export const buildErasePersonTool = (
  env: ToolBuildEnvironment,
): ToolDefinition<EraseArgs> | null => {
  const person = env.objects.find(
    (object) => object.nameSingular === ERASABLE_OBJECT_NAME,
  );

  if (!person || !env.permissions.objects.get(person.nameSingular)?.canErase) {
    return null;
  }

  return {
    name: NAME,
    title: 'Erase a person (right to erasure)',
    description:
      'Permanently erases one person and their personal data (GDPR right to erasure): the person, notes and tasks about them alone (notes and tasks about others too lose only the link), their email addresses and phone numbers in other records, and their timeline. Cannot be undone; only when the user explicitly asks to erase someone. Always two steps: the first call changes nothing and returns a preview with a confirmationToken; show it to the user and, only if they agree, call again with the same id plus confirmationToken.',
    inputSchema: toInputJsonSchema(argsSchema),
    outputSchema: {
      type: 'object',
      properties: {
        ...ERASURE_OUTPUT_PROPERTIES,
        ...CONFIRMATION_PREVIEW_PROPERTIES,
      },
      required: ['object'],
      anyOf: [
        { required: ['ids', 'erased'] },
        { required: [...CONFIRMATION_PREVIEW_REQUIRED, 'erasure'] },
      ],
    },
    annotations: { title: 'Erase a person', ...TOOL_HINTS.destroy },
    parseArgs: buildArgsParser(argsSchema),
    handler: (args, context) => {
      const id = args.id.toLowerCase();

      return runTwoPhase({
        context,
        confirmable: {
          tool: NAME,
          objectName: person.nameSingular,
          arguments: { id },
        },
        confirmationToken: args.confirmationToken,
        execute: async () => {
          const outcome = await context.records.erase(context.access, id);

          return {
            structuredContent: {
              object: person.nameSingular,
              ids: touchedIds(outcome),
              erased: {
                personId: outcome.personId,
                activities: outcome.erasedActivities,
                unlinkedActivities: outcome.unlinkedActivities,
                clearedContacts: outcome.clearedContacts,
                timelineEntries: outcome.timelineActivityCount,
              },
            },
          };
        },
        preview: async () => {
          const preview = await previewErasure({
            env,
            context,
            person,
            id,
            tool: NAME,
          });

          return context.elicitation
            ? buildConfirmationElicitation(preview)
            : { structuredContent: preview, fence: ERASURE_PREVIEW_FENCE_RULE };
        },
      });
    },
  };
};
