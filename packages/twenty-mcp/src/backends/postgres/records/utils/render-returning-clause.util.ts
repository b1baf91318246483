import { type Selection } from '../../../../domain/records/types/selection.type';
import { getSelectionColumns } from './get-selection-columns.util';
import { renderSelectColumns } from './render-select-columns.util';

// ` RETURNING <the selection's columns>`, decoded with decodeRecordRow.
export const renderReturningClause = (returning: Selection): string =>
  ` RETURNING ${renderSelectColumns(getSelectionColumns(returning.fields))}`;
