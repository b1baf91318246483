// A date input's value ("2031-05-04") as the end of that day, local time: a
// token "expiring on" a date works through that day.
export const getEndOfDayIso = (date: string): string =>
  new Date(`${date}T23:59:59`).toISOString();
