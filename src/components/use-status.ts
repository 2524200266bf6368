// A status line for live regions (<output>): setting the same words twice is announced twice,
// because the line is emptied first and refilled on the next frame.
import { useCallback, useState } from 'react';

export function useStatus(): readonly [string, (text: string) => void] {
  const [status, setStatus] = useState('');
  const say = useCallback((text: string) => {
    setStatus('');
    requestAnimationFrame(() => setStatus(text));
  }, []);
  return [status, say] as const;
}
