// The attempts over time: a chart of each attempt's Engineering Manager share with its likely range,
// oldest on the left, and beside it the table it is drawn from, whose links lead to each attempt.
// The chart is a picture (role="img") with a name; the table carries every figure for a screen
// reader and is the way a keyboard reaches each attempt.
import { Link } from 'react-router-dom';
import { LEAN_FROM } from '../../engine/bands.ts';
import { BAND_LABEL, ROLE } from '../../words/roles.ts';
import type { Result } from '../../engine/score.ts';
import { TableWrap } from '../../components/table-wrap.tsx';
import { formatWhen } from '../../words/dates.ts';
import { paths } from '../../routes/paths.ts';
import type { Attempt } from '../../store/stored.ts';
import { TICKS, TREND, trendPath, trendPoints, yOf } from './trend-layout.ts';

interface Row {
  readonly attempt: Attempt;
  readonly result: Result;
}

/** `rows` newest first, as the history lists them. */
export function AttemptsOverTime({ rows }: { readonly rows: readonly Row[] }) {
  const oldestFirst = [...rows].reverse();
  const points = trendPoints(
    oldestFirst.map(({ attempt, result }) => ({ number: attempt.number, em: result.emPercent, range: result.range })),
  );
  const first = oldestFirst[0];
  const last = oldestFirst.at(-1);
  if (!first || !last) return null;
  const name =
    `Chart: the ${ROLE.em} share of attempts ${first.attempt.number} to ${last.attempt.number}, ` +
    `from ${first.result.emPercent}% to ${last.result.emPercent}%, each with its likely range. ` +
    'The table after it gives every figure.';
  return (
    <section aria-labelledby="over-time" className="trend">
      <h2 id="over-time">Over time</h2>
      {/* A key, one mark a line: read before the chart, and quicker to scan than a paragraph. */}
      <ul className="trend__key small">
        <li>A dot: one attempt’s {ROLE.em} share, the oldest on the left</li>
        <li>The bar through it: where a retake would likely land</li>
        <li>
          The shaded band: “balanced”, between {50 - LEAN_FROM}% and {50 + LEAN_FROM}%
        </li>
      </ul>
      <svg
        className="trend__chart"
        viewBox={`0 0 ${TREND.width} ${TREND.height}`}
        role="img"
        aria-label={name}
        focusable="false"
      >
        <rect
          x={TREND.left}
          y={yOf(50 + LEAN_FROM)}
          width={TREND.width - TREND.left - TREND.right}
          height={yOf(50 - LEAN_FROM) - yOf(50 + LEAN_FROM)}
          className="trend__band"
        />
        {TICKS.map((t) => (
          <g key={t}>
            <line x1={TREND.left} x2={TREND.width - TREND.right} y1={yOf(t)} y2={yOf(t)} className="trend__grid" />
            <text x={TREND.left - 4} y={yOf(t) + 4} className="trend__label" textAnchor="end">
              {`${t}%`}
            </text>
          </g>
        ))}
        <path d={trendPath(points)} className="trend__line" />
        {points.map((p) => (
          <g key={p.number}>
            <line x1={p.x} x2={p.x} y1={p.low} y2={p.high} className="trend__range" />
            <circle cx={p.x} cy={p.y} r="4" className="trend__point" />
            {p.labelled && (
              <text x={p.x} y={TREND.height - 6} className="trend__label" textAnchor="middle">
                {p.number}
              </text>
            )}
          </g>
        ))}
      </svg>
      <TableWrap label="Table: each attempt over time">
        <table className="table">
          <caption>Each attempt, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Attempt</th>
              <th scope="col">Finished</th>
              <th scope="col">{ROLE.em}</th>
              <th scope="col">Likely range</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {oldestFirst.map(({ attempt, result }) => (
              <tr key={attempt.id}>
                <th scope="row">
                  <Link to={paths.attempt(attempt.id)}>{`Attempt ${attempt.number}`}</Link>
                </th>
                <td>
                  <time dateTime={attempt.finishedAt}>{formatWhen(attempt.finishedAt)}</time>
                </td>
                <td>{`${result.emPercent}%`}</td>
                <td>{`${result.range.low}% to ${result.range.high}%`}</td>
                <td>{BAND_LABEL[result.band]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
