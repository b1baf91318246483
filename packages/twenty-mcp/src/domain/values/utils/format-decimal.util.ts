import { type ParsedDecimal } from '../types/parsed-decimal.type';

// Plain decimal text (`-1250.5`, `0.000001`, `0`) for a parsed decimal.
export const formatDecimal = ({
  negative,
  digits,
  exponent,
}: ParsedDecimal): string => {
  if (digits === '') {
    return '0';
  }

  let text: string;

  if (exponent >= 0) {
    text = `${digits}${'0'.repeat(exponent)}`;
  } else {
    const padded = digits.padStart(-exponent + 1, '0');
    const pointIndex = padded.length + exponent;

    text = `${padded.slice(0, pointIndex)}.${padded.slice(pointIndex)}`;
  }

  return negative ? `-${text}` : text;
};
