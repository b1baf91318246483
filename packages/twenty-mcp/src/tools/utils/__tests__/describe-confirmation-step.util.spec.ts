import { describeConfirmationStep } from '../describe-confirmation-step.util';

describe('describeConfirmationStep', () => {
  it('should say when a preview comes back and how to confirm it', () => {
    const config = { ttlSeconds: 300, softDeleteThreshold: 10 };

    expect(describeConfirmationStep('destroy', config)).toMatch(
      /^Always two steps: the first call changes nothing .* call again with the same arguments plus confirmationToken \(single use, valid about 5 min\)\.$/,
    );
    expect(describeConfirmationStep('delete', config)).toMatch(
      /^More than 10 ids: two steps:/,
    );
    expect(
      describeConfirmationStep('delete', { ...config, softDeleteThreshold: 0 }),
    ).toMatch(/^Two steps:/);
  });
});
