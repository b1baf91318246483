// Which values of a tool result are untrusted text (written by CRM users or
// outside parties, never by this server), by shape; what no rule names is
// the server's own words or typed data and is rendered as plain JSON.
// - 'text': every string inside the value, at any depth (object keys are
//   the server's: composite sub-field names);
// - 'json': the whole value, keys included (RAW_JSON): rendered as one
//   fenced JSON text;
// - properties: rules for some keys of an object;
// - items: the rule of every item of an array.
export type FenceRule =
  | 'text'
  | 'json'
  | { properties: Readonly<Record<string, FenceRule>> }
  | { items: FenceRule };
