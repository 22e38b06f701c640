/**
 * Headings that take the keyboard focus when they appear, so that keyboard
 * and screen reader users start reading a new screen or step at its top.
 */
import { useEffect, useRef, type ReactNode } from 'react';

const HEADING_TAGS = { 1: 'h1', 2: 'h2', 3: 'h3' } as const;

/** A heading of the given level that takes focus when it appears, or when `focus` turns true (unless it is false). */
export function FocusHeading({ level, focus = true, id, children }: {
  readonly level: 1 | 2 | 3;
  readonly focus?: boolean;
  /** For a section that the heading names (aria-labelledby). */
  readonly id?: string;
  readonly children: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  const Heading = HEADING_TAGS[level];
  return (
    <Heading ref={ref} id={id} tabIndex={-1} className="org-focus-heading">
      {children}
    </Heading>
  );
}
