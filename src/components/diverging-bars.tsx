// Each dimension as a bar from the middle: Engineering Manager to the left, Lead Engineer to the
// right. Drawn in SVG here (seven bars are not worth a chart library); the table's text carries
// the same figures for screen readers.
import type { DimensionScore } from '../engine/score.ts';
import { ROLE } from '../words/roles.ts';

const WIDTH = 200;
const HEIGHT = 14;

export const describeScore = (d: DimensionScore): string => {
  const s = Math.round(d.score);
  return s === 0 ? 'Even' : `${Math.abs(s)} toward ${s > 0 ? d.em : d.le}`;
};

export function DivergingBars({
  dimensions,
  caption,
}: {
  readonly dimensions: readonly DimensionScore[];
  readonly caption: string;
}) {
  return (
    <table className="bars">
      <caption>
        {caption}
        <span className="bars__legend" aria-hidden="true">
          <span>← {ROLE.em}</span>
          <span>{ROLE.le} →</span>
        </span>
      </caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">Area</th>
          <th scope="col">Lean, out of 100</th>
        </tr>
      </thead>
      <tbody>
        {dimensions.map((d) => {
          const half = WIDTH / 2;
          const length = (Math.min(100, Math.abs(d.score)) / 100) * half;
          const x = d.score > 0 ? half - length : half;
          return (
            <tr key={d.id} className="bars__row">
              <th scope="row" className="bars__name">
                <span className="bars__em">{d.em}</span> <span className="visually-hidden">versus</span>{' '}
                <span className="bars__le">{d.le}</span>
              </th>
              <td className="bars__cell">
                <svg
                  viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
                  preserveAspectRatio="none"
                  aria-hidden="true"
                  focusable="false"
                  className="bars__svg"
                >
                  <rect x="0" y="0" width={WIDTH} height={HEIGHT} className="bars__track" />
                  <rect
                    x={x}
                    y="2"
                    width={length}
                    height={HEIGHT - 4}
                    className={d.score > 0 ? 'bars__fill bars__fill--em' : 'bars__fill bars__fill--le'}
                  />
                  <line x1={half} x2={half} y1="0" y2={HEIGHT} className="bars__axis" />
                </svg>
                <span className="visually-hidden">{describeScore(d)}</span>
                <span className="bars__value" aria-hidden="true">
                  {Math.round(Math.abs(d.score)) || 'Even'}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
