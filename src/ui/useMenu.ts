import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * A header menu's behaviour, for each of them: the button that opens it, its panel, the first
 * choice (or the current one) focused on opening, a press outside or Escape closing it, and the
 * focus back on the button once it is closed by the keyboard or a choice.
 */
export function useMenu() {
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLButtonElement>('button[aria-current="true"], button')?.focus();
    const away = (event: MouseEvent) => {
      if (!panel.current?.parentElement?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);

  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    },
    [close],
  );
  return { open, setOpen, panel, button, close, onKeyDown };
}
