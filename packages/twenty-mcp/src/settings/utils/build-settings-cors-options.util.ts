import { type CORSOptions } from 'graphql-yoga';

// CORS for the settings API: a grant only for allowed origins, without
// credentials (the API reads a bearer header, never cookies). Others get no
// CORS headers at all, so a browser keeps their pages from reading answers.
export const buildSettingsCorsOptions =
  (allowedOrigins: readonly string[]) =>
  (request: Request): CORSOptions | false => {
    const origin = request.headers.get('origin');

    return origin !== null && allowedOrigins.includes(origin)
      ? {
          origin: [origin],
          credentials: false,
          methods: ['GET', 'POST'],
          allowedHeaders: ['authorization', 'content-type', 'accept'],
        }
      : false;
  };
