/**
 * Escape as a way out of the organiser screens.
 */
import { useEffect } from 'react';

/**
 * Calls `onEscape` when Escape is pressed; with `ignoreFormFields`, not while
 * a field has focus, where Escape clears a search or closes a list.
 */
export function useEscapeKey(onEscape: () => void, ignoreFormFields: boolean): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (ignoreFormFields && event.target instanceof Element && event.target.closest('input, select, textarea')) return;
      onEscape();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onEscape, ignoreFormFields]);
}
