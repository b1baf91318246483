export type McpHttpRequestInfo = {
  // The host's request id (X-Request-Id when sane, else generated): in every
  // log line of the request and in internal-error replies.
  requestId: string;
  // The peer's address as the host framework sees it (Express's req.ip,
  // which honours `trust proxy`).
  clientAddress: string;
  // Set by a tool call refused by an hourly call limit (the longest wait
  // when a batch has several): the response then carries Retry-After.
  retryAfterSeconds?: number;
};
