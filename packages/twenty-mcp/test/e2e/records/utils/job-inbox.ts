// Jobs real BullMQ workers took, in arrival order, and a reader of the next
// ones: jobs are in Redis when a write tool answers, and workers may take
// them before the test looks, so a test asks for "the next `count` jobs
// after those already looked at" and waits (up to a deadline) until they
// arrived. No timing is asserted.
export const createJobInbox = <T>(describeJob: (job: T) => string) => {
  const received: T[] = [];
  let seen = 0;

  const next = async (count: number): Promise<T[]> => {
    const deadline = Date.now() + 15_000;

    while (received.length < seen + count) {
      if (Date.now() > deadline) {
        throw new Error(
          `expected ${count} jobs, got ${received.length - seen}: ${received
            .slice(seen)
            .map(describeJob)
            .join(', ')}`,
        );
      }

      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    seen += count;

    return received.slice(seen - count, seen);
  };

  return { received, next };
};
