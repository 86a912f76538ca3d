import { useEffect, useRef, useState } from 'preact/hooks';
import { takeFlash } from '../flash.ts';

type Message = { tone: 'success' | 'error'; text: string };

/**
 * The message of the last action: left by the previous screen (a saved form) or set here. It
 * takes the focus, after the page heading has had it, so it is read out first.
 */
export function useFlash() {
  const [message, setMessage] = useState<Message | null>(() => {
    const text = takeFlash();
    return text ? { tone: 'success', text } : null;
  });
  const ref = useRef<HTMLDivElement>(null);
  const [version, setVersion] = useState(() => (message ? 1 : 0));
  useEffect(() => {
    if (!version) return;
    const frame = requestAnimationFrame(() => ref.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [version]);
  const announce = (next: Message) => {
    setMessage(next);
    setVersion((v) => v + 1);
  };
  return { message, ref, announce, clear: () => setMessage(null) };
}
