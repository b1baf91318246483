import { isPlainObject } from '../../../domain/values/utils/is-plain-object.util';
import { type FenceRule } from '../types/fence-rule.type';
import { fenceString } from './fence-string.util';

// `value` as compact JSON, exactly as JSON.stringify writes it, except that
// the strings `rule` names untrusted are fenced with `nonce`. `fences`
// counts the fences written.
export const renderFencedJson = (
  value: unknown,
  rule: FenceRule | undefined,
  nonce: string,
): { text: string; fences: number } => {
  let fences = 0;

  const fence = (text: string): string => {
    fences += text === '' ? 0 : 1;

    return fenceString(text, nonce);
  };

  const render = (
    current: unknown,
    currentRule: FenceRule | undefined,
  ): string => {
    if (currentRule === undefined) {
      return plain(current);
    }

    if (currentRule === 'json') {
      return current === null || current === undefined
        ? plain(current)
        : fence(
            typeof current === 'string' ? current : JSON.stringify(current),
          );
    }

    if (currentRule === 'text' && typeof current === 'string') {
      return fence(current);
    }

    if (Array.isArray(current)) {
      const itemRule =
        currentRule === 'text'
          ? 'text'
          : 'items' in currentRule
            ? currentRule.items
            : undefined;

      // JSON.stringify writes missing array items as null.
      return `[${current.map((item) => (item === undefined ? 'null' : render(item, itemRule))).join(',')}]`;
    }

    if (isPlainObject(current)) {
      const ruleOf = (key: string) =>
        currentRule === 'text'
          ? 'text'
          : 'properties' in currentRule &&
              Object.hasOwn(currentRule.properties, key)
            ? currentRule.properties[key]
            : undefined;
      const members = Object.entries(current)
        .filter(([, item]) => item !== undefined)
        .map(
          ([key, item]) =>
            `${JSON.stringify(key)}:${render(item, ruleOf(key))}`,
        );

      return `{${members.join(',')}}`;
    }

    return plain(current);
  };

  const text = render(value, rule);

  return { text, fences };
};

const plain = (value: unknown): string => JSON.stringify(value) ?? 'null';
