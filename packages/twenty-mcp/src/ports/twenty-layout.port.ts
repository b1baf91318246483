import { type TwentyLayoutReport } from '../domain/twenty/types/twenty-layout-report.type';

export const TWENTY_LAYOUT_PORT = Symbol('TWENTY_LAYOUT_PORT');

// Optional part of the back-end contract: which Twenty database the
// back-end found at start-up. A back-end that cannot serve the layout it
// finds fails its start-up instead (INVALID_CONFIGURATION).
export interface TwentyLayoutPort {
  getLayout(): TwentyLayoutReport;
}
