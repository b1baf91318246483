import { useEffect, useRef } from 'react';

import { type McpToken } from '../../types/mcp-token.type';

// A modal confirmation on the native <dialog>: focus trap, Escape and the
// inert page behind it come from the browser.
export const RevokeTokenDialog = ({
  token,
  onConfirm,
  onCancel,
}: {
  token: McpToken | null;
  onConfirm: (token: McpToken) => void;
  onCancel: () => void;
}) => {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;

    if (!dialog) {
      return;
    }

    if (token && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!token && dialog.open) {
      dialog.close();
    }
  }, [token]);

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby="revoke-title"
      aria-describedby="revoke-description"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="revoke-title">Revoke “{token?.name}”?</h2>
      <p id="revoke-description">
        Clients using this token are refused from their next request. This
        cannot be undone: issue a new token to reconnect them.
      </p>
      <div className="dialog-actions">
        <button
          ref={cancelRef}
          type="button"
          className="button button-secondary"
          onClick={onCancel}
        >
          Cancel
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={() => {
            // Closed first, so focus can leave the modal when it answers.
            dialogRef.current?.close();

            if (token) {
              onConfirm(token);
            }
          }}
        >
          Revoke token
        </button>
      </div>
    </dialog>
  );
};
