// One HTTP request as the load client sends it, body already serialised.
export type JsonRpcHttpRequest = {
  headers: Record<string, string>;
  body: string;
};
