import { useMemo } from 'react';

import { type McpToolPreview } from '../../types/mcp-tool-preview.type';
import { CodeBlock } from '../ui/code-block';

const formatJson = (json: string) => {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
};

export const ToolPreviewResult = ({
  preview,
  isLoading,
}: {
  preview: McpToolPreview | null;
  isLoading: boolean;
}) => {
  const json = useMemo(
    () => (preview ? formatJson(preview.toolsListJson) : ''),
    [preview],
  );

  return (
    <section className="settings-section" aria-labelledby="preview-result">
      <h2 id="preview-result" className="section-title">
        Tools
      </h2>
      <p role="status" className="preview-summary" aria-busy={isLoading}>
        {isLoading && 'Building the tool list…'}
        {!isLoading && preview && (
          <>
            <strong>{preview.tools.length} tools</strong>
            {' · '}
            <strong>{preview.tokenCount.toLocaleString()} tokens</strong> of
            context (o200k) for the tools/list result
          </>
        )}
      </p>
      {preview && (
        <>
          <ol className="tool-list card">
            {preview.tools.map((tool) => (
              <li key={tool.name} className="tool">
                <p className="tool-heading">
                  <code className="tool-name">{tool.name}</code>
                  {tool.title && (
                    <span className="tool-title">{tool.title}</span>
                  )}
                </p>
                <p className="tool-description">{tool.description}</p>
              </li>
            ))}
          </ol>
          <details className="raw-json">
            <summary>Raw tools/list JSON</summary>
            <CodeBlock code={json} what="tools/list JSON" isTall />
          </details>
        </>
      )}
    </section>
  );
};
