// 8388608 → "8 MiB", 31246000 → "29.8 MiB": sizes in messages to clients.
export const formatMebibytes = (bytes: number): string =>
  `${Number((bytes / (1024 * 1024)).toFixed(1))} MiB`;
