// The fence around untrusted text: `<untrusted-NONCE>…</untrusted-NONCE>`,
// NONCE random per response. 6 bytes = 48 bits, 8 base64url characters:
// the marker cannot be forged whatever the nonce (a `<` that would start one
// inside record text is escaped), so the nonce only has to be unguessable
// for one response, and each of its characters costs the model tokens
// (docs/guardrails.md measures both lengths).
export const UNTRUSTED_FENCE = {
  tag: 'untrusted',
  nonceBytes: 6,
} as const;
