// [start, end) of the calendar quarter containing `now`, in UTC.
export const currentQuarter = (now: Date): { start: Date; end: Date } => {
  const firstMonth = Math.floor(now.getUTCMonth() / 3) * 3;

  return {
    start: new Date(Date.UTC(now.getUTCFullYear(), firstMonth, 1)),
    end: new Date(Date.UTC(now.getUTCFullYear(), firstMonth + 3, 1)),
  };
};
