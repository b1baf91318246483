import { type IncomingMessage } from 'node:http';

// Reads a request body, giving up as soon as it exceeds maxBytes: null
// then, and the rest is never read.
export const readBodyWithinLimit = (
  request: IncomingMessage,
  maxBytes: number,
): Promise<Buffer | null> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;

    const onData = (chunk: Buffer) => {
      size += chunk.length;

      if (size > maxBytes) {
        request.off('data', onData);
        request.off('end', onEnd);
        request.pause();
        resolve(null);

        return;
      }

      chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));

    request.on('data', onData);
    request.on('end', onEnd);
    request.once('error', reject);
  });
