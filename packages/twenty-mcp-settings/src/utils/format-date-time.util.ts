const FORMAT = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

export const formatDateTime = (value: string | null, empty: string): string =>
  value ? FORMAT.format(new Date(value)) : empty;
