// `/about`: how scoring works, in words a person can follow, with its limits.
import { Link } from 'react-router-dom';
import { LEAN_FROM, STRONG_FROM } from '../../engine/bands.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { paths } from '../../routes/paths.ts';
import {
  AREA_COUNT,
  ARTICLE_TITLE,
  MIN_CHANGES_FROM_NEUTRAL,
  PAIR_COUNT,
  QUESTION_COUNT,
} from '../../store/content.ts';

// The areas beyond the article's pairs, by their poles: set at build time (scripts/content.ts) and
// declared here, so that only this page's code carries them.
declare const __EXTRA_AREAS__: readonly { readonly em: string; readonly le: string }[];
const EXTRA_AREAS = __EXTRA_AREAS__;

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export default function AboutScreen() {
  return (
    <div className="about">
      <PageHeading>How scoring works</PageHeading>
      <p className="lead">
        The quiz adds up where your answers point, area by area, and turns that into a split between the two roles.
      </p>
      <h2>Where the questions come from</h2>
      <p>
        All {QUESTION_COUNT} questions are drawn from one article, <Link to={paths.article}>“{ARTICLE_TITLE}”</Link>:
        its lists of scenarios that favour each role, the advantages and drawbacks of each, its key differences, and its{' '}
        {PAIR_COUNT} pairs of roles and responsibilities. Each question cites the passages it comes from, and the
        results quote them.
      </p>
      <h2>The areas</h2>
      <p>
        Your answers are weighed in {AREA_COUNT} areas: the article’s {PAIR_COUNT} pairs of responsibilities (for
        example strategic planning against technical depth){EXTRA_AREAS.length > 0 ? ', plus:' : '.'}
      </p>
      {EXTRA_AREAS.length > 0 && (
        <ul aria-label="The other areas">
          {EXTRA_AREAS.map((a) => (
            <li key={a.em}>
              {a.em} against {lower(a.le)}
            </li>
          ))}
        </ul>
      )}
      <h2>How an answer counts</h2>
      <ul>
        <li>
          Every answer carries small weights toward Engineering Manager or Lead Engineer in one or two areas. “Not
          sure”, “It depends” and “Both equally” carry none.
        </li>
        <li>
          Each question’s weights are divided by its largest one, so how big its numbers are does not matter: a
          “Strongly agree” and a clear choice in a scenario both count in full in the areas they touch. An answer that
          touches two areas moves the overall split a little more than one that touches a single area.
        </li>
        <li>
          Every answer has a mirror image: for each answer there is one that pulls exactly as far the other way. So the
          scoring cannot favour either role, and agreeing with every statement lands in the middle, because the
          statements are worded both ways.
        </li>
        <li>
          Each area’s score is how far your answers pulled, divided by the most the questions could pull it: from −100
          (all Lead Engineer) to +100 (all Engineering Manager). A question you skip counts as neutral.
        </li>
        <li>
          The overall split starts at 50% each and moves by half the average area score: an average of +40 gives 70%
          Engineering Manager and 30% Lead Engineer.
        </li>
      </ul>
      <h2>What the result says</h2>
      <ul>
        <li>
          Within {LEAN_FROM} points of 50% (between {50 - LEAN_FROM}% and {50 + LEAN_FROM}%) the result is{' '}
          <strong>balanced</strong>: starting from all neutral answers, at least {MIN_CHANGES_FROM_NEUTRAL} answers must
          change to leave it.
        </li>
        <li>
          From {50 + LEAN_FROM}% toward one role it is a <strong>lean</strong>; from {50 + STRONG_FROM}% it is a{' '}
          <strong>strong lean</strong>, where most answers pull the same way.
        </li>
        <li>
          The results list the answers that moved the result most, the fewest answer changes that would put it into
          another band, and the areas where your answers pulled hard both ways.
        </li>
      </ul>
      <h2>Its limits</h2>
      <p>
        This is a reflection aid built on one article, not a validated psychometric test. The weights are judgements,
        not measurements; the article describes typical roles, and real jobs vary by company. Use the result to start a
        conversation, with yourself or at a one-to-one, and not for hiring or performance decisions.
      </p>
      <h2>Your privacy</h2>
      <p>
        Your answers and past attempts stay in this browser’s storage. Nothing is sent to a server. A share link carries
        your answers inside the link itself, after the # sign, which browsers do not send to servers.
      </p>
    </div>
  );
}
