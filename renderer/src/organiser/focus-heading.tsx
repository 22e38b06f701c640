/**
 * Headings that take the keyboard focus when they appear, so that keyboard
 * and screen reader users start reading a new screen or step at its top.
 */
import { useEffect, useRef, type ReactNode } from 'react';

/** A heading of the given level that takes focus when it appears (unless `focus` is false). */
export function FocusHeading({ level, focus = true, children }: {
  readonly level: 1 | 2;
  readonly focus?: boolean;
  readonly children: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <Heading ref={ref} tabIndex={-1} className="org-focus-heading">
      {children}
    </Heading>
  );
}
