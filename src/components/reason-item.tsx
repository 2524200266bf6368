// One answer that moved a result: the question, the answer, which way and how far it pulled, and
// the article passages behind it (as many as `quotes` allows).
import type { Reason } from '../engine/explain.ts';
import { ROLE } from '../words/roles.ts';
import { pointsText } from '../words/text.ts';
import { Quote } from './quote.tsx';

export function ReasonItem({ reason: r, quotes }: { readonly reason: Reason; readonly quotes: number }) {
  const shown = r.quotes.slice(0, quotes);
  return (
    <li className="reason">
      <p className="reason__prompt">{r.prompt}</p>
      <p className="reason__answer">
        Answer: <strong>{r.answer}</strong>
        <span className={`tag tag--${r.pole}`}>
          {pointsText(r.points)} toward {ROLE[r.pole]}
        </span>
      </p>
      {shown.map((q) => (
        <Quote key={q.itemId} quote={q} />
      ))}
    </li>
  );
}
