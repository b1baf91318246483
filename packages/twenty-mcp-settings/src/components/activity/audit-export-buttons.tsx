import { useState } from 'react';

import { useSession } from '../../hooks/use-session';
import { getErrorMessage } from '../../utils/get-error-message.util';
import { saveBlob } from '../../utils/save-blob.util';
import { ErrorMessage } from '../ui/error-message';
import { StatusMessage } from '../ui/status-message';

const FORMATS = [
  { format: 'jsonl', label: 'Export JSONL' },
  { format: 'csv', label: 'Export CSV' },
] as const;

// The HTTP export (docs/audit-trail.md) needs the bearer token, so the page
// fetches it and saves the Blob instead of linking to it.
export const AuditExportButtons = ({
  since,
  until,
}: {
  since?: string;
  until?: string;
}) => {
  const { requestFile } = useSession();
  const [busyFormat, setBusyFormat] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  const download = async (format: 'jsonl' | 'csv') => {
    const params = new URLSearchParams({ format });

    if (since) {
      params.set('since', since);
    }

    if (until) {
      params.set('until', until);
    }

    const fileName = `twenty-mcp-audit-${new Date().toISOString().slice(0, 10)}.${format}`;

    setBusyFormat(format);
    setError(null);
    setStatus('Preparing the export…');

    try {
      const blob = await requestFile(`audit/export?${params}`);

      saveBlob(blob, fileName);
      setStatus(`Downloaded ${fileName}.`);
    } catch (caught) {
      setStatus('');
      setError(getErrorMessage(caught));
    } finally {
      setBusyFormat(null);
    }
  };

  return (
    <div className="audit-export">
      <p className="field-hint">
        Every field of every event between the chosen dates, in chain order,
        with the hashes (an export can be verified away from the database). The
        tool, token and outcome filters do not apply.
      </p>
      <div className="form-actions">
        {FORMATS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className="button button-secondary"
            aria-disabled={busyFormat !== null}
            onClick={() => {
              if (busyFormat === null) {
                void download(format);
              }
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <StatusMessage tone="success">{status}</StatusMessage>
      {error && <ErrorMessage>{error}</ErrorMessage>}
    </div>
  );
};
