// A table that may scroll sideways on a narrow screen inside its own box, which a keyboard user
// can focus and scroll (axe: scrollable-region-focusable). Named, so it is a findable region.
import type { ReactNode } from 'react';

export function TableWrap({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role, jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
