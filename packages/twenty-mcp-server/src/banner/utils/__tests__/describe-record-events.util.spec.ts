import { describeRecordEvents } from '../describe-record-events.util';

describe('describeRecordEvents', () => {
  it("should say plainly that writes miss Twenty's worker without Redis", () => {
    expect(
      describeRecordEvents({ delivery: 'off', enqueuedJobs: 0, failedJobs: 0 }),
    ).toMatch(
      /do not reach Twenty's timeline, audit logs, webhooks or workflows/,
    );
  });

  it('should name what queued events reach, and what they do not', () => {
    expect(
      describeRecordEvents({
        delivery: 'queued',
        enqueuedJobs: 0,
        failedJobs: 0,
      }),
    ).toMatch(/timeline.*not database-event workflows/);
  });
});
