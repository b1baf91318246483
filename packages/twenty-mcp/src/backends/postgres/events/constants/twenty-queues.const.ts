// The queues of Twenty's worker that its database-event listeners write to
// (MessageQueue enum, message-queue.constants.ts), each with the priority
// Twenty's BullMQ driver gives its jobs (MESSAGE_QUEUE_PRIORITY).
// docs/twenty-events.md cites both.
export const TWENTY_QUEUES = {
  entityEventsToDb: { name: 'entity-events-to-db-queue', priority: 1 },
  webhook: { name: 'webhook-queue', priority: 2 },
  trigger: { name: 'trigger-queue', priority: 5 },
  workflow: { name: 'workflow-queue', priority: 2 },
} as const;
