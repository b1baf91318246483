const DAY_MS = 86_400_000;

export const addDays = (date: Date, days: number): Date =>
  new Date(date.getTime() + Math.round(days * DAY_MS));
