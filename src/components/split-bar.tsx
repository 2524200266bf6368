// The split as one bar, Engineering Manager from the left, with the likely range of a retake
// marked above it. Decoration only: the sentence beside it carries the same figures.
import type { Range } from '../engine/score.ts';

export function SplitBar({ emPercent, range }: { readonly emPercent: number; readonly range: Range | null }) {
  return (
    <svg className="split__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect x="0" y="3" width={emPercent} height="7" className="bars__fill--em" />
      <rect x={emPercent} y="3" width={100 - emPercent} height="7" className="bars__fill--le" />
      {range && (
        <rect x={range.low} y="0" width={Math.max(0.5, range.high - range.low)} height="3" className="split__range" />
      )}
    </svg>
  );
}
