// `/compare/:a/:b`: two attempts side by side, how each area moved, and the answers that changed
// with how far each moved the lean.
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { BAND_LABEL, ROLE } from '../../words/roles.ts';
import { madeWithEarlierVersion } from '../../engine/outcome.ts';
import { splitText } from '../../words/result-words.ts';
import { plural, pointsText } from '../../words/text.ts';
import { retakeSpread, scoreAttempt, type Result } from '../../engine/score.ts';
import { DivergingBars, describeScore } from '../../components/diverging-bars.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { formatWhen } from '../../words/dates.ts';
import { TableWrap } from '../../components/table-wrap.tsx';
import { paths } from '../../routes/paths.ts';
import { useBankFor } from '../../store/content.ts';
import { useHistory } from '../../store/history.ts';
import type { Attempt } from '../../store/stored.ts';

const when = (a: Attempt) => formatWhen(a.finishedAt);
/** The role a positive (Engineering Manager) or negative (Lead Engineer) move goes toward. */
const toward = (move: number) => ROLE[move > 0 ? 'em' : 'le'];
const movedText = (delta: number) => {
  const d = Math.round(delta);
  return d === 0 ? 'No change' : `${Math.abs(d)} toward ${toward(d)}`;
};

export default function CompareScreen() {
  const { a, b } = useParams();
  const attempts = useHistory((s) => s.attempts);
  const first = attempts.find((x) => x.id === a);
  const second = attempts.find((x) => x.id === b);
  if (!first || !second) {
    return (
      <div>
        <PageHeading>These attempts cannot be compared</PageHeading>
        <p>{!first && !second ? 'Neither attempt is' : 'One of the attempts is not'} kept in this browser.</p>
        <Link to={paths.history}>Choose attempts from your history</Link>
      </div>
    );
  }
  return <Comparison first={first} second={second} />;
}

function Comparison({ first, second }: { readonly first: Attempt; readonly second: Attempt }) {
  // Each attempt is scored by the bank it was made with (a frozen one for an earlier version).
  const bank1 = useBankFor(first.bankVersion);
  const bank = useBankFor(second.bankVersion);
  const sameVersion = bank1.version === bank.version;
  const [r1, r2] = useMemo(
    () => [scoreAttempt(bank1, first.answers), scoreAttempt(bank, second.answers)],
    [bank1, bank, first, second],
  );
  // Areas by id: attempts of two versions may not measure the same areas.
  const areas = useMemo(() => {
    const later = new Map(r2.dimensions.map((d) => [d.id, d]));
    const earlierIds = new Set(r1.dimensions.map((d) => d.id));
    return [
      ...r1.dimensions.map((d) => ({ id: d.id, earlier: d, later: later.get(d.id) })),
      ...r2.dimensions.filter((d) => !earlierIds.has(d.id)).map((d) => ({ id: d.id, earlier: undefined, later: d })),
    ];
  }, [r1, r2]);
  const changed = useMemo(() => {
    if (!sameVersion) return [];
    const points = (r: Result, q: string) => r.contributions.find((c) => c.questionId === q)?.points ?? 0;
    return bank.questions
      .flatMap((q, i) => {
        const from = first.answers[q.id];
        const to = second.answers[q.id];
        if (from === to) return [];
        const label = (o: string | undefined) => q.options.find((x) => x.id === o)?.label ?? 'No answer';
        return [{ q, n: i + 1, from: label(from), to: label(to), moved: points(r2, q.id) - points(r1, q.id) }];
      })
      .sort((x, y) => Math.abs(y.moved) - Math.abs(x.moved));
  }, [sameVersion, bank, first, second, r1, r2]);

  const card = (attempt: Attempt, r: Result, name: string) => (
    <section className="compare__card" aria-labelledby={`card-${attempt.id}`}>
      <h2 id={`card-${attempt.id}`}>
        {name}: <time dateTime={attempt.finishedAt}>{when(attempt)}</time>
      </h2>
      <p className="compare__band">{BAND_LABEL[r.band]}</p>
      <p>
        {r.emPercent}% {ROLE.em}, {100 - r.emPercent}% {ROLE.le}
      </p>
      {!madeWithEarlierVersion(attempt.bankVersion) && (
        <p className="small">Likely range of a retake: {splitText(r, true)}.</p>
      )}
      <DivergingBars dimensions={r.dimensions} caption={`${name} attempt by area`} />
      <Link to={paths.attempt(attempt.id)}>
        Open the full result <span className="visually-hidden">{`of the ${name.toLowerCase()} attempt`}</span>
      </Link>
    </section>
  );

  const shift = r2.emPercent - r1.emPercent;
  const spread = retakeSpread(bank);
  const withinSpread = shift !== 0 && Math.abs(shift) < spread;
  return (
    <div className="compare">
      <PageHeading>Comparing two attempts</PageHeading>
      <p className="lead">
        {shift === 0
          ? 'The overall split did not move.'
          : `The split moved ${plural(Math.abs(shift), 'point')} toward ${toward(shift)}${withinSpread ? ': within the normal spread of a retake.' : '.'}`}
      </p>
      {shift !== 0 && (
        <p className="small">
          Two retakes by the same person typically differ by about {spread.toFixed(1)} points
          {withinSpread ? ', so this change may be no more than that.' : ', so this change is larger than that.'}
        </p>
      )}
      <div className="compare__grid">
        {card(first, r1, 'Earlier')}
        {card(second, r2, 'Later')}
      </div>
      <section aria-labelledby="moved">
        <h2 id="moved">How each area moved</h2>
        <TableWrap label="Table: area scores, earlier and later">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Earlier</th>
                <th scope="col">Later</th>
                <th scope="col">Moved</th>
              </tr>
            </thead>
            <tbody>
              {areas.map(({ id, earlier, later }) => (
                <tr key={id}>
                  <th scope="row">{(earlier ?? later)?.name}</th>
                  <td>{earlier ? describeScore(earlier) : 'Not asked'}</td>
                  <td>{later ? describeScore(later) : 'Not asked'}</td>
                  <td>{earlier && later ? movedText(later.score - earlier.score) : 'Not comparable'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
        <p className="small">
          Each area is scored out of 100 toward one side; a move of 100 goes from even to all one way.
        </p>
      </section>
      <section aria-labelledby="changed">
        <h2 id="changed">Answers that changed</h2>
        {!sameVersion ? (
          <p>
            These attempts were made with different versions of the quiz (version {bank1.version} and version{' '}
            {bank.version}), which ask different questions, so their answers are not compared one by one. Each split
            above is scored by its own version&apos;s questions.
          </p>
        ) : changed.length === 0 ? (
          <p>Every answer is the same in both attempts.</p>
        ) : (
          <ul className="changed">
            {changed.map((c) => (
              <li key={c.q.id}>
                <p className="changed__prompt">
                  <span className="caption">Question {c.n}</span> {c.q.prompt}
                </p>
                <p>
                  “{c.from}” to “{c.to}”:{' '}
                  {c.moved === 0 ? 'no change in the lean' : `${pointsText(c.moved)} toward ${toward(c.moved)}`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
