// A native <details>/<summary> disclosure (GOV.UK's details pattern) whose open state survives a
// reload of the page. The browser gives it keyboard and screen reader behaviour; print opens it
// with a stylesheet rule, which fires no toggle, so printing never changes what is kept.
import type { ReactNode } from 'react';
import { useDisclosure } from './use-disclosure.ts';

interface Props {
  /** Unique on the page: the key its open state is kept under. */
  readonly id: string;
  readonly summary: ReactNode;
  readonly children: ReactNode;
  readonly className?: string;
}

export function Disclosure({ id, summary, children, className }: Props) {
  const [open, setOpen] = useDisclosure(id);
  return (
    <details
      className={className ? `details ${className}` : 'details'}
      open={open}
      onToggle={(event) => {
        if (event.currentTarget.open !== open) setOpen(event.currentTarget.open);
      }}
    >
      <summary className="details__summary">{summary}</summary>
      <div className="details__body">{children}</div>
    </details>
  );
}
