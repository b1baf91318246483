import { useState } from 'react';

import { UPDATE_MCP_SETTINGS } from '../graphql/mutations/update-mcp-settings';
import { type McpSettings } from '../types/mcp-settings.type';
import { getErrorMessage } from '../utils/get-error-message.util';
import { useSession } from './use-session';

// One settings form's save: sends its part of updateMcpSettings, shows
// "Saving…", then the form's own line once stored, or the API's error.
// `applied` resets the form from what was stored and says what changed.
export const useSettingsUpdate = (onSaved: (settings: McpSettings) => void) => {
  const { request } = useSession();
  const [isSaving, setIsSaving] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  const update = async (
    input: Record<string, unknown>,
    applied: (settings: McpSettings) => string,
  ) => {
    setIsSaving(true);
    setError(null);
    setStatus('Saving…');

    try {
      const { updateMcpSettings } = await request<{
        updateMcpSettings: McpSettings;
      }>(UPDATE_MCP_SETTINGS, { input });

      onSaved(updateMcpSettings);
      setStatus(applied(updateMcpSettings));
    } catch (caught) {
      setStatus('');
      setError(getErrorMessage(caught));
    } finally {
      setIsSaving(false);
    }
  };

  // A problem found before sending anything.
  const refuse = (problem: string | null) => {
    setError(problem);

    if (problem) {
      setStatus('');
    }
  };

  return { isSaving, status, error, update, refuse };
};
