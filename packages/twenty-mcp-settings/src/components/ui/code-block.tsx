import { CopyButton } from './copy-button';

// Long code wraps; a tall block scrolls, and is then focusable so the
// keyboard can scroll it too.
export const CodeBlock = ({
  code,
  what,
  isTall = false,
}: {
  code: string;
  what: string;
  isTall?: boolean;
}) => (
  <div className="code-block">
    {isTall ? (
      <pre
        className="code-block-tall"
        tabIndex={0}
        role="region"
        aria-label={what}
      >
        <code>{code}</code>
      </pre>
    ) : (
      <pre>
        <code>{code}</code>
      </pre>
    )}
    <div className="code-block-actions">
      <CopyButton text={code} what={what} />
    </div>
  </div>
);
