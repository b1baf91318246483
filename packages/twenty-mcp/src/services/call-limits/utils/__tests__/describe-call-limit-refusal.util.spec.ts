import { describeCallLimitRefusal } from '../describe-call-limit-refusal.util';

const NOW = new Date('2026-12-07T18:00:00.250Z');
const SETTINGS = 'https://crm.example.com/settings/mcp';

describe('describeCallLimitRefusal', () => {
  it('should name the limit, its size and when to retry, in seconds and as a time', () => {
    expect(
      describeCallLimitRefusal(
        { kind: 'token_read', limit: 1000, retryAfterSeconds: 754 },
        NOW,
        SETTINGS,
      ),
    ).toBe(
      'Call limit reached: this token may make 1000 read calls per hour. Retry in 754 s (at 2026-12-07T18:12:34Z). A workspace admin can change the limits at https://crm.example.com/settings/mcp.',
    );
  });

  it('should tell writes and the workspace apart from reads', () => {
    expect(
      describeCallLimitRefusal(
        { kind: 'token_write', limit: 200, retryAfterSeconds: 1 },
        NOW,
        SETTINGS,
      ),
    ).toMatch(
      /^Call limit reached: this token may make 200 write calls \(create, update, delete, restore, destroy\) per hour\. Retry in 1 s \(at 2026-12-07T18:00:01Z\)\./,
    );
    expect(
      describeCallLimitRefusal(
        { kind: 'workspace', limit: 3000, retryAfterSeconds: 3600 },
        NOW,
        SETTINGS,
      ),
    ).toMatch(
      /^Call limit reached: the tokens of this workspace may make 3000 tool calls per hour together\. Retry in 3600 s \(at 2026-12-07T19:00:00Z\)\./,
    );
  });
});
