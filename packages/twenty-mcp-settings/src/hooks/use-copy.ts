import { useCallback, useEffect, useRef, useState } from 'react';

import { copyText } from '../utils/copy-text.util';

type CopyStatus = 'idle' | 'copied' | 'failed';

const STATUS_RESET_MS = 3_000;

export const useCopy = () => {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = useCallback(async (text: string) => {
    const isCopied = await copyText(text);

    setStatus(isCopied ? 'copied' : 'failed');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setStatus('idle'), STATUS_RESET_MS);
  }, []);

  return { status, copy };
};
