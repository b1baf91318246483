// Which hourly limit refused a call; also the metric's label.
export type CallLimitKind = 'token_read' | 'token_write' | 'workspace';
