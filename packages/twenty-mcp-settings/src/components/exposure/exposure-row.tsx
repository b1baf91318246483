import { useId, useRef, useState } from 'react';

import { EXPOSURE_OPERATIONS } from '../../constants/exposure-operations.const';
import { RESET_OBJECT_EXPOSURE } from '../../graphql/mutations/reset-object-exposure';
import { UPDATE_OBJECT_EXPOSURE } from '../../graphql/mutations/update-object-exposure';
import { useSession } from '../../hooks/use-session';
import { type McpObjectExposure } from '../../types/mcp-object-exposure.type';
import { type ObjectExposureDraft } from '../../types/object-exposure-draft.type';
import { getErrorMessage } from '../../utils/get-error-message.util';
import { getExposureDraft } from '../../utils/get-exposure-draft.util';
import { toggleExposureOperation } from '../../utils/toggle-exposure-operation.util';
import { Badge } from '../ui/badge';
import { ExposureFields } from './exposure-fields';

type RowState =
  | { status: 'idle' | 'saving' | 'saved' }
  | { status: 'error'; message: string };

// One object: changes show at once and are saved in order, one request at a
// time, so the last click is what the server keeps.
export const ExposureRow = ({
  object,
  onSaved,
  onAnnounce,
}: {
  object: McpObjectExposure;
  onSaved: (object: McpObjectExposure) => void;
  onAnnounce: (message: string) => void;
}) => {
  const { request } = useSession();
  const fieldsId = useId();
  const resetHintId = useId();
  const defaultExposure = object.isExposedByDefault
    ? 'every operation and field'
    : 'hidden from AI clients';
  const [pending, setPending] = useState<ObjectExposureDraft | null>(null);
  const [isExpanded, setIsExpanded] = useState(false);
  const [rowState, setRowState] = useState<RowState>({ status: 'idle' });
  const queue = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef(0);
  const shown = pending ?? getExposureDraft(object);
  const hiddenCount = shown.hiddenFieldIds.length;
  const fieldSummary =
    hiddenCount > 0 ? `${hiddenCount} hidden` : 'All visible';

  const enqueue = (
    draft: ObjectExposureDraft | null,
    send: () => Promise<McpObjectExposure>,
    done: string,
  ) => {
    const ticket = ++latest.current;

    setPending(draft);
    setRowState({ status: 'saving' });
    queue.current = queue.current.then(async () => {
      try {
        const saved = await send();

        // What the server now keeps, even when a later change is pending:
        // should that one fail, the row falls back to this.
        onSaved(saved);

        if (ticket === latest.current) {
          setPending(null);
          setRowState({ status: 'saved' });
          onAnnounce(done);
        }
      } catch (caught) {
        if (ticket === latest.current) {
          const message = getErrorMessage(caught);

          setPending(null);
          setRowState({ status: 'error', message });
          onAnnounce(`${object.labelPlural} not saved: ${message}`);
        }
      }
    });
  };

  const save = (draft: ObjectExposureDraft) =>
    enqueue(
      draft,
      async () =>
        (
          await request<{ updateObjectExposure: McpObjectExposure }>(
            UPDATE_OBJECT_EXPOSURE,
            { input: { objectId: object.objectId, ...draft } },
          )
        ).updateObjectExposure,
      `Saved ${object.labelPlural}.`,
    );

  const reset = () =>
    enqueue(
      null,
      async () =>
        (
          await request<{ resetObjectExposure: McpObjectExposure }>(
            RESET_OBJECT_EXPOSURE,
            { objectId: object.objectId },
          )
        ).resetObjectExposure,
      `${object.labelPlural} reset to the default: ${defaultExposure}.`,
    );

  return (
    <>
      <tr data-object={object.nameSingular}>
        <th scope="row" className="cell-name">
          {object.labelPlural}
          <span className="cell-secondary mono">{object.nameSingular}</span>
          <span className="badges">
            {object.isCustom && <Badge>Custom</Badge>}
            {object.isCustomized && <Badge tone="accent">Customized</Badge>}
          </span>
        </th>
        {EXPOSURE_OPERATIONS.map((operation) => (
          <td
            key={operation.key}
            className="cell-check"
            data-label={operation.label}
          >
            <input
              type="checkbox"
              aria-label={`${operation.label} ${object.labelPlural}`}
              checked={shown[operation.key]}
              onChange={(event) =>
                save(
                  toggleExposureOperation(
                    shown,
                    operation.key,
                    event.target.checked,
                  ),
                )
              }
            />
          </td>
        ))}
        <td data-label="Fields">
          <button
            type="button"
            className="button button-link"
            aria-label={`${fieldSummary}, fields of ${object.labelPlural}`}
            aria-expanded={isExpanded}
            aria-controls={isExpanded ? fieldsId : undefined}
            onClick={() => setIsExpanded(!isExpanded)}
          >
            {fieldSummary}
          </button>
        </td>
        <td className="cell-actions">
          <span className={`row-state row-state-${rowState.status}`}>
            {rowState.status === 'saving' && 'Saving…'}
            {rowState.status === 'saved' && 'Saved'}
            {rowState.status === 'error' && rowState.message}
          </span>
          {object.isCustomized && (
            <>
              <button
                type="button"
                className="button button-secondary button-small"
                aria-describedby={resetHintId}
                onClick={reset}
              >
                Reset
                <span className="visually-hidden">
                  {' '}
                  {object.labelPlural} to the default
                </span>
              </button>
              <span id={resetHintId} className="cell-secondary">
                Default: {defaultExposure}
              </span>
            </>
          )}
        </td>
      </tr>
      {isExpanded && (
        <tr id={fieldsId} className="row-fields">
          <td colSpan={EXPOSURE_OPERATIONS.length + 3}>
            <ExposureFields
              object={object}
              hiddenFieldIds={shown.hiddenFieldIds}
              onChange={(hiddenFieldIds) => save({ ...shown, hiddenFieldIds })}
            />
          </td>
        </tr>
      )}
    </>
  );
};
