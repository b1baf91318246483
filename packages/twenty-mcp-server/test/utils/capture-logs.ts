// A pino destination that keeps every line, parsed: what the host would
// have written to standard output.
export const captureLogs = () => {
  const raw: string[] = [];

  return {
    destination: {
      write: (line: string) => {
        raw.push(line);
      },
    },
    raw,
    lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
};
