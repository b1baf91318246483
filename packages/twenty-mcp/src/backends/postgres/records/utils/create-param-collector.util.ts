import { type ParamCollector } from '../types/param-collector.type';

// Values never enter the SQL text: each one becomes `$n`.
export const createParamCollector = (): ParamCollector => {
  const params: unknown[] = [];

  return {
    params,
    add: (value, cast) => {
      params.push(value);

      return cast ? `$${params.length}::${cast}` : `$${params.length}`;
    },
  };
};
