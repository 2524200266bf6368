// The page's h1: names the page in document.title and takes focus after every navigation, so a
// screen reader announces the new page and keyboard users start from its top.
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';

export const SITE_NAME = 'EM or Lead Engineer?';

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – ${SITE_NAME}`;
  }, [title]);
}

interface Props {
  /** The page's name in document.title; defaults to the heading's text when it is a string. */
  readonly title?: string;
  readonly children: ReactNode;
  readonly className?: string;
}

export function PageHeading({ title, children, className }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  useDocumentTitle(title ?? (typeof children === 'string' ? children : SITE_NAME));
  useEffect(() => {
    // The first page of a visit keeps the browser's own focus; every navigation after it moves here.
    if (key !== 'default') ref.current?.focus({ preventScroll: false });
  }, [key]);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
