import { type IdsPreview } from '../../types/ids-preview.type';
import { buildConfirmationElicitation } from '../build-confirmation-elicitation.util';

const preview: IdsPreview = {
  object: 'company',
  confirmationRequired: true,
  confirmationToken: `tcfm_${'a'.repeat(43)}`,
  expiresAt: '2026-12-07T19:00:00.000Z',
  matchedCount: 7,
  sample: [
    { id: 'id-1', label: 'Acme' },
    { id: 'id-2', label: null },
    { id: 'id-3', label: 'Globex' },
    { id: 'id-4', label: 'Initech' },
    { id: 'id-5', label: 'Umbrella' },
    { id: 'id-6', label: 'Hooli' },
  ],
  unmatchedIds: [],
  effect: 'Permanently removes 7 companies (trashed ones included).',
  relatedRecords: [
    {
      object: 'person',
      field: 'company',
      onDelete: 'SET_NULL',
      effect: 'People (company) pointing at them are kept, the link cleared',
    },
    {
      object: 'favorite',
      field: 'company',
      onDelete: 'CASCADE',
      effect: 'Favorites (company) pointing at them are destroyed with them',
    },
  ],
  nextStep: '…',
};

describe('buildConfirmationElicitation', () => {
  it('should ask one yes/no question naming the records and what else goes, with the token as request state', () => {
    const { inputRequired } = buildConfirmationElicitation(preview);

    expect(inputRequired).toMatchObject({
      resultType: 'input_required',
      requestState: preview.confirmationToken,
      inputRequests: {
        confirm: {
          method: 'elicitation/create',
          params: {
            message:
              'Permanently removes 7 companies (trashed ones included). Records: Acme, id-2, Globex, Initech, Umbrella and 2 more. Also: Favorites (company) pointing at them are destroyed with them. Go ahead?',
            requestedSchema: {
              type: 'object',
              properties: { confirm: { type: 'boolean', default: false } },
              required: ['confirm'],
            },
          },
        },
      },
    });
  });
});
