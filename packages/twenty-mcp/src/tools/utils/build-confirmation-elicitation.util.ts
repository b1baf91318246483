import { inputRequired } from '@modelcontextprotocol/server';

import { CONFIRMATION_ELICITATION_KEY } from '../constants/confirmation-elicitation-key.const';
import { type IdsPreview } from '../types/ids-preview.type';
import { type ToolInputRequired } from '../types/tool-input-required.type';

// Records named in the question; the count covers the rest.
const NAMED_RECORDS = 5;

// The preview as a question the client puts to the user (form
// elicitation). The request state is the confirmation token: the retry
// carrying the user's answer is checked against it exactly like a token
// the model sends back, so a forged or replayed state changes nothing.
export const buildConfirmationElicitation = (
  preview: IdsPreview,
): ToolInputRequired => {
  const named = preview.sample
    .slice(0, NAMED_RECORDS)
    .map((record) => record.label ?? record.id);
  const others = preview.matchedCount - named.length;
  const consequences = (preview.relatedRecords ?? [])
    .filter((related) => related.onDelete !== 'SET_NULL')
    .map((related) => related.effect);
  const message = [
    preview.effect,
    `Records: ${named.join(', ')}${others > 0 ? ` and ${others} more` : ''}.`,
    ...(consequences.length > 0 ? [`Also: ${consequences.join('; ')}.`] : []),
    'Go ahead?',
  ].join(' ');

  return {
    inputRequired: inputRequired({
      inputRequests: {
        [CONFIRMATION_ELICITATION_KEY]: inputRequired.elicit({
          message,
          requestedSchema: {
            type: 'object',
            properties: {
              confirm: {
                type: 'boolean',
                title: 'Go ahead',
                description:
                  'Tick to carry this out now; anything else changes nothing.',
                default: false,
              },
            },
            required: ['confirm'],
          },
        }),
      },
      requestState: preview.confirmationToken,
    }),
  };
};
