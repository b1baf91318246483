import { describe, expect, it } from 'vitest';

import { ERASURE_FIELD_CHOICES } from '../../../test/utils/settings-fixtures';
import { getErasureFieldSelection } from '../get-erasure-field-selection.util';

describe('getErasureFieldSelection', () => {
  it('should select the default fields while no list is stored', () => {
    expect(
      getErasureFieldSelection({
        erasureContactFields: null,
        erasureContactFieldChoices: ERASURE_FIELD_CHOICES,
      }),
    ).toEqual(['pet.ownerEmails', 'pet.ownerPhones']);
  });

  it('should select the stored list as it is, an empty one too', () => {
    expect(
      getErasureFieldSelection({
        erasureContactFields: ['messageParticipant.handle'],
        erasureContactFieldChoices: ERASURE_FIELD_CHOICES,
      }),
    ).toEqual(['messageParticipant.handle']);
    expect(
      getErasureFieldSelection({
        erasureContactFields: [],
        erasureContactFieldChoices: ERASURE_FIELD_CHOICES,
      }),
    ).toEqual([]);
  });
});
