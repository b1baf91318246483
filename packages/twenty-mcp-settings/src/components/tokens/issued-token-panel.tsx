import { useEffect, useRef } from 'react';

import { type IssuedMcpToken } from '../../types/issued-mcp-token.type';
import { CopyField } from '../ui/copy-field';

// The one time the token can be read. Focus moves here so nobody misses it.
export const IssuedTokenPanel = ({
  issued,
  onDismiss,
}: {
  issued: IssuedMcpToken;
  onDismiss: () => void;
}) => {
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, [issued]);

  return (
    <section className="issued-token" aria-labelledby="issued-token-title">
      <h2 id="issued-token-title" ref={headingRef} tabIndex={-1}>
        Token “{issued.record.name}” issued
      </h2>
      <p className="issued-token-warning">
        <strong>Copy it now: it will not be shown again.</strong> Only a hash is
        stored, so nobody can read it back later, not even an admin.
      </p>
      <CopyField
        label="New token"
        value={issued.token}
        isSecret
        hint={
          <>
            Clients send it as <code>Authorization: Bearer …</code>. The
            Overview page shows client configurations with it filled in until
            you leave this tab.
          </>
        }
      />
      <button
        type="button"
        className="button button-primary"
        onClick={onDismiss}
      >
        I have copied it
      </button>
    </section>
  );
};
