import { type Writable } from 'node:stream';

// Resolves once the stream took the text; a failed write rejects.
export const writeText = (stream: Writable, text: string) =>
  new Promise<void>((resolve, reject) =>
    stream.write(text, (error) => (error ? reject(error) : resolve())),
  );
