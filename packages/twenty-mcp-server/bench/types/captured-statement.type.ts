// One statement a server process sent through pg, as the driver got it.
export type CapturedStatement = {
  text: string;
  values?: unknown[];
  // Set for a named (prepared) statement.
  name?: string;
  rowMode?: string;
  // When the server sent it: performance.timeOrigin + performance.now(),
  // milliseconds, comparable across processes on one machine.
  at?: number;
};
