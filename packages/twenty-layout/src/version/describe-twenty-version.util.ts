import { type TwentyVersionRange } from './infer-twenty-version-range.util';

// One line for banners and CLIs: the recorded release when Twenty recorded
// one, else the range the layout implies.
export const describeTwentyVersion = ({
  recorded,
  range,
}: {
  recorded: string | null;
  range: TwentyVersionRange;
}): string => {
  if (recorded) {
    return `${recorded} (recorded in core."upgradeMigration")`;
  }

  const bounds = [
    range.atLeast ? `>= ${range.atLeast}` : null,
    range.below ? `< ${range.below}` : null,
  ].filter((bound) => bound !== null);

  return bounds.length > 0
    ? `${bounds.join(', ')} (inferred from the core schema)`
    : 'unknown (no dated table or column found)';
};
