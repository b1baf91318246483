// Whether the writes of this instance reach Twenty's worker (timeline,
// audit logs, webhooks, workflow and logic-function triggers), and how the
// delivery went since start-up. 'queued': every committed write enqueues
// the jobs Twenty's own API would, on Twenty's Redis; 'off': no Redis is
// configured, so Twenty never hears of these writes.
export type RecordEventsStatus = {
  delivery: 'queued' | 'off';
  enqueuedJobs: number;
  // Jobs that could not be enqueued (Redis unreachable), or whole batches
  // when their object metadata could not be read: their writes are
  // committed all the same, and logged.
  failedJobs: number;
};
