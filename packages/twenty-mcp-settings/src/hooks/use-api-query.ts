import { useCallback, useEffect, useState } from 'react';

import { getErrorMessage } from '../utils/get-error-message.util';
import { useSession } from './use-session';

type ApiQueryState<TData> = {
  data: TData | null;
  error: string | null;
  isLoading: boolean;
};

// Runs a query when the component mounts, when its variables change (by
// value) and on reload(); setData applies a mutation's answer without
// fetching again.
export const useApiQuery = <TData>(
  query: string,
  variables?: Record<string, unknown>,
) => {
  const { request } = useSession();
  const [reloadCount, setReloadCount] = useState(0);
  const [state, setState] = useState<ApiQueryState<TData>>({
    data: null,
    error: null,
    isLoading: true,
  });
  const variablesJson = JSON.stringify(variables ?? {});

  useEffect(() => {
    let isCurrent = true;

    setState((previous) => ({ ...previous, error: null, isLoading: true }));
    request<TData>(
      query,
      JSON.parse(variablesJson) as Record<string, unknown>,
    ).then(
      (data) => {
        if (isCurrent) {
          setState({ data, error: null, isLoading: false });
        }
      },
      (error: unknown) => {
        if (isCurrent) {
          setState((previous) => ({
            ...previous,
            error: getErrorMessage(error),
            isLoading: false,
          }));
        }
      },
    );

    return () => {
      isCurrent = false;
    };
  }, [request, query, variablesJson, reloadCount]);

  const reload = useCallback(() => setReloadCount((count) => count + 1), []);
  const setData = useCallback(
    (update: (data: TData) => TData) =>
      setState((previous) =>
        previous.data ? { ...previous, data: update(previous.data) } : previous,
      ),
    [],
  );

  return { ...state, reload, setData };
};
