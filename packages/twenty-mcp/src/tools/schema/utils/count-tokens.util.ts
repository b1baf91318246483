import { countTokens as countO200kTokens } from 'gpt-tokenizer/encoding/o200k_base';

// Tokens a JSON value costs in a model's context when sent as compact JSON
// (as MCP sends it), counted with the o200k_base encoding (GPT-4o and
// later); a yardstick for comparing schemas, not any one model's bill.
export const countTokens = (json: unknown): number =>
  countO200kTokens(JSON.stringify(json) ?? '');
