import { useId } from 'react';

import { type ClientConfig } from '../../types/client-config.type';
import { CodeBlock } from '../ui/code-block';

export const ClientConfigCard = ({ config }: { config: ClientConfig }) => {
  const titleId = useId();

  return (
    <section
      className="client-config"
      aria-labelledby={titleId}
      data-client={config.id}
    >
      <h3 id={titleId} className="client-config-title">
        {config.client}
      </h3>
      <p className="field-hint">{config.where}</p>
      <CodeBlock code={config.text} what={`${config.client} configuration`} />
      {config.note && <p className="field-hint">{config.note}</p>}
    </section>
  );
};
