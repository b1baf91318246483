import { useCopy } from '../../hooks/use-copy';

const STATUS_TEXT = {
  idle: '',
  copied: 'Copied to the clipboard.',
  failed: 'Could not copy: select the text and copy it yourself.',
} as const;

// "Copy" with the thing copied in its accessible name, and a polite
// announcement of the outcome.
export const CopyButton = ({ text, what }: { text: string; what: string }) => {
  const { status, copy } = useCopy();

  return (
    <span className="copy-button">
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void copy(text)}
      >
        {status === 'copied' ? 'Copied' : 'Copy'}
        <span className="visually-hidden"> {what}</span>
      </button>
      <span role="status" className="copy-status">
        {status === 'failed' ? (
          STATUS_TEXT.failed
        ) : (
          <span className="visually-hidden">{STATUS_TEXT[status]}</span>
        )}
      </span>
    </span>
  );
};
