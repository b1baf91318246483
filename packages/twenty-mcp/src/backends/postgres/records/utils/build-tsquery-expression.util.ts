import { type ParamCollector } from '../types/param-collector.type';

// Unaccented like the searchVector itself (public.unaccent_immutable is
// what Twenty's generated columns use).
export const buildTsQueryExpression = (
  queryText: string,
  params: ParamCollector,
): string =>
  `to_tsquery('simple', public.unaccent_immutable(${params.add(queryText)}))`;
