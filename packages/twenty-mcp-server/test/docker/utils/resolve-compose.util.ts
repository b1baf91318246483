import { readFileSync } from 'node:fs';

import { parse } from 'yaml';

export type ComposeService = {
  image?: string;
  build?: { context: string; dockerfile?: string };
  environment?: Record<string, string | number>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string | string[] };
};

export type ComposeProject = {
  services: Record<string, ComposeService>;
};

// Compose's variable syntax: $$, $VAR, ${VAR}, ${VAR:-default},
// ${VAR-default}, ${VAR:?message}, ${VAR?message}, ${VAR:+alt}, ${VAR+alt}
// (https://docs.docker.com/reference/compose-file/interpolation/).
const VARIABLE =
  /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

export const interpolate = (
  text: string,
  env: Readonly<Record<string, string>>,
): string =>
  text.replace(
    VARIABLE,
    (
      match,
      braced?: string,
      operator?: string,
      argument = '',
      bare?: string,
    ) => {
      if (match === '$$') {
        return '$';
      }

      const name = (braced ?? bare)!;
      const value = env[name];
      const unset = value === undefined;
      const empty = unset || value === '';

      switch (operator) {
        case ':-':
          return empty ? interpolate(argument, env) : value!;
        case '-':
          return unset ? interpolate(argument, env) : value!;
        case ':?':
        case '?':
          if (operator === ':?' ? empty : unset) {
            throw new Error(`${name}: ${argument || 'required variable'}`);
          }

          return value!;
        case ':+':
          return empty ? '' : interpolate(argument, env);
        case '+':
          return unset ? '' : interpolate(argument, env);
        default:
          return value ?? '';
      }
    },
  );

// Every variable a compose text reads, and whether it has a fallback.
export const readVariables = (
  text: string,
): { name: string; hasFallback: boolean; required: boolean }[] =>
  [...text.matchAll(VARIABLE)]
    .filter(([match]) => match !== '$$')
    .map(([, braced, operator, , bare]) => ({
      name: (braced ?? bare)!,
      hasFallback: operator === ':-' || operator === '-',
      required: operator === ':?' || operator === '?',
    }));

export const parseDotEnv = (text: string): Record<string, string> =>
  Object.fromEntries(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#') && line.includes('='))
      .map((line) => {
        const at = line.indexOf('=');
        const value = line.slice(at + 1).trim();

        return [
          line.slice(0, at).trim(),
          value.replace(/^(['"])(.*)\1$/, '$2'),
        ];
      }),
  );

const interpolateValues = (
  value: unknown,
  env: Readonly<Record<string, string>>,
): unknown => {
  if (typeof value === 'string') {
    return interpolate(value, env);
  }

  if (Array.isArray(value)) {
    return value.map((item) => interpolateValues(item, env));
  }

  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        interpolateValues(item, env),
      ]),
    );
  }

  return value;
};

// `docker compose -f base -f overlay config`, for what these files use:
// interpolation from the .env, then services merged by name. The overlay
// adds a service, so a name both files define is reported, not merged.
export const resolveCompose = (
  files: string[],
  env: Readonly<Record<string, string>>,
): ComposeProject => {
  const services: Record<string, ComposeService> = {};

  for (const file of files) {
    const document = interpolateValues(
      parse(readFileSync(file, 'utf8')),
      env,
    ) as ComposeProject;

    for (const [name, service] of Object.entries(document.services ?? {})) {
      if (services[name]) {
        throw new Error(`service "${name}" is defined twice`);
      }

      services[name] = service;
    }
  }

  return { services };
};
