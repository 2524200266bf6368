// `/about`: how scoring works, in words a person can follow, with its limits. Every figure here
// comes from the bank or the engine (the range's 90% and the retake figures are measured by
// `npm run validity`, which fails `npm test` when they no longer hold).
import { Link } from 'react-router-dom';
import { DISAGREE_APPEAL } from '../../engine/appeal.ts';
import { LEAN_FROM, STRONG_FROM } from '../../engine/bands.ts';
import { ROLE } from '../../words/roles.ts';
import { lower } from '../../words/text.ts';
import { BOTH_FROM, NEITHER_UP_TO } from '../../engine/outcome.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { paths } from '../../routes/paths.ts';
import { ARTICLE_TITLE, MIN_CHANGES_FROM_NEUTRAL, PAIR_COUNT, RETAKE_SPREAD, useBank } from '../../store/content.ts';

export default function AboutScreen() {
  const bank = useBank();
  const dimension = new Map(bank.dimensions.map((d) => [d.id, d]));
  const dealBreakers = (bank.dealBreakers ?? []).flatMap((d) => {
    const area = dimension.get(d.dimension);
    return area ? [{ ...d, pole: d.role === 'em' ? area.em : area.le }] : [];
  });
  return (
    <div className="about">
      <PageHeading>How scoring works</PageHeading>
      <p className="lead">
        The quiz adds up where your answers point, area by area, and turns that into a split between the two roles, with
        a range that says how much a retake could move it.
      </p>

      <h2>Where the questions come from</h2>
      <p>
        All {bank.questions.length} questions are drawn from one article,{' '}
        <Link to={paths.article}>“{ARTICLE_TITLE}”</Link>: its lists of scenarios that favour each role, the advantages
        and drawbacks of each, its key differences, and its {PAIR_COUNT} pairs of roles and responsibilities. Each
        question cites the passages it comes from, and the results quote them.
      </p>
      <p>
        The article is a single web page with no references or data behind it. The areas, the weights and the warnings
        are judgements read from it, and it describes typical roles, not measured ones.
      </p>

      <h2>The areas</h2>
      <p>Your answers are weighed in {bank.dimensions.length} areas, each with one side for each role:</p>
      <ul aria-label="The areas">
        {bank.dimensions.map((d) => (
          <li key={d.id}>
            {d.em} ({ROLE.em}) against {lower(d.le)} ({ROLE.le})
          </li>
        ))}
      </ul>

      <h2>How an answer counts</h2>
      <ul>
        <li>
          Every question has five answers: a strong and a mild one toward each role, and “Not sure” or “No preference”
          in the middle, which counts for neither. A mild answer counts exactly half as much as a strong one.
        </li>
        <li>
          Every answer has a mirror image that pulls exactly as far the other way, and each area has statements for both
          roles. So the scoring cannot favour either role: agreeing with every statement, or picking every first option,
          lands at exactly 50%.
        </li>
        <li>
          Each area’s score is how far your answers pulled, divided by the most its questions could pull it: from −100
          (all {ROLE.le}) to +100 (all {ROLE.em}). A question you skip counts as neutral.
        </li>
        <li>
          The split starts at 50% each and moves by half the average area score: an average of +40 gives 70% {ROLE.em}{' '}
          and 30% {ROLE.le}.
        </li>
      </ul>

      <h2>What the result says</h2>
      <ul>
        <li>
          Within {LEAN_FROM} points of 50% (between {50 - LEAN_FROM}% and {50 + LEAN_FROM}%) the split is{' '}
          <strong>balanced</strong>: starting from all neutral answers, at least {MIN_CHANGES_FROM_NEUTRAL} answers must
          change to leave it. From {50 + LEAN_FROM}% toward one role it is a <strong>lean</strong>; from{' '}
          {50 + STRONG_FROM}% a <strong>strong lean</strong>.
        </li>
        <li>
          A balanced split can mean two different things, so the statements are also read one role at a time: how much
          each role appeals to you, from 0 to 100, where 50 is no preference. Agreeing with a statement for a role
          raises that role’s appeal and never touches the other’s. When both appeals are {BOTH_FROM} or more, the result
          says both paths fit you; when both are {NEITHER_UP_TO} or less, that neither role pulls you much; otherwise,
          that there is no clear pull. Someone who agrees with everything is told both paths fit: the quiz cannot tell
          liking both roles from a habit of agreeing.
        </li>
        <li>
          The results list the answers that moved the result most, and the fewest answer changes that would put it into
          another band.
        </li>
      </ul>

      <h2>How sure it is</h2>
      <p>
        Nobody answers the same way twice. The quiz assumes each answer is a noisy reading of where you stand in its
        area, and works out from your answers how far a retake with the same preferences could land: the range shown
        with the split (“62% {ROLE.em}, likely 55 to 69”) holds about 90% of retakes. For a typical person, two retakes
        differ by about {RETAKE_SPREAD.toFixed(1)} points. When the range crosses a band’s edge, the result says so: a
        retake could read differently.
      </p>

      <h2 id="warnings">Warnings</h2>
      <ul aria-labelledby="warnings">
        {dealBreakers.map((d) => (
          <li key={`${d.dimension}-${d.role}`}>
            When the result leans toward {ROLE[d.role]} while you disagree, on average, with the statements about{' '}
            {lower(d.pole)} (an appeal of {DISAGREE_APPEAL} or less), it warns you: that is a core part of the role.
          </li>
        ))}
        <li>
          When answers contradict one another within an area the way random clicking does, it says the result may not
          reflect your preferences and suggests a retake.
        </li>
      </ul>

      <h2>Its limits</h2>
      <p>
        The split says which way your stated preferences lean. It is not a probability that you would succeed in, or be
        happier in, either role. This is a reflection aid, not a validated psychometric test. Use the result to start a
        conversation, with yourself or at a one-to-one, and not for hiring or performance decisions.
      </p>
      <p>
        Attempts made with an earlier version of the quiz keep being scored by the questions they answered, and say so.
      </p>

      <h2>Your privacy</h2>
      <p>
        Your answers and past attempts stay in this browser’s storage. Nothing is sent to a server. A share link carries
        your answers inside the link itself, after the # sign, which browsers do not send to servers.
      </p>
    </div>
  );
}
