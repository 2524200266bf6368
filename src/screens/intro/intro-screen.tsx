// `/`: what the quiz measures, where its questions come from, how long it takes, and Start.
// Prerendered at build time; what depends on stored answers appears after hydration, in space
// kept for it, so nothing shifts.
import { Link, useNavigate } from 'react-router-dom';
import { PageHeading } from '../../components/page-heading.tsx';
import { useIsClient } from '../../components/is-client.ts';
import { paths } from '../../routes/paths.ts';
import { AREA_COUNT, ARTICLE_TITLE, MINUTES, PAIR_COUNT, QUESTION_COUNT } from '../../store/content.ts';
import { useQuiz } from '../../store/quiz.ts';
import { ROLE } from '../../words/roles.ts';

function StartActions() {
  const isClient = useIsClient();
  const answered = useQuiz((s) => Object.keys(s.answers).length);
  const start = useQuiz((s) => s.start);
  const navigate = useNavigate();

  if (!isClient || answered === 0) {
    return (
      <Link to={paths.question(1)} className="button button--start" draggable={false}>
        Start now
      </Link>
    );
  }
  return (
    <>
      <p className="start__progress">
        You have answered {Math.min(answered, QUESTION_COUNT)} of {QUESTION_COUNT} questions.
      </p>
      <div className="button-group">
        {/* Review sends a person on to their first unanswered question, or shows every answer when all are in. */}
        <Link to={paths.review} className="button button--start">
          Continue where you left off
        </Link>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            start();
            navigate(paths.question(1));
          }}
        >
          Start again
        </button>
      </div>
    </>
  );
}

export default function IntroScreen() {
  return (
    <div className="intro">
      <PageHeading title="A career-path quiz">{`${ROLE.em} or ${ROLE.le}?`}</PageHeading>
      <p className="lead">
        A short quiz for software engineers: see which of the two paths your preferences lean toward, and why.
      </p>
      <p>
        Each question puts you in a concrete situation or asks how you feel about one side of the job. Your answers are
        weighed across {AREA_COUNT} areas where the two roles differ{AREA_COUNT > PAIR_COUNT ? ', among them' : ':'} the
        article’s {PAIR_COUNT} pairs of responsibilities, from strategic planning against technical depth to training
        others against keeping your own skills sharp.
      </p>
      <p>
        Every question is drawn from one article, <Link to={paths.article}>“{ARTICLE_TITLE}”</Link>, and your results
        quote and link the passages behind them.
      </p>
      <ul className="facts">
        <li>
          {QUESTION_COUNT} questions, about {MINUTES} minutes
        </li>
        <li>One question per page; you can go back and change any answer</li>
        <li>Your answers stay in this browser: nothing is sent anywhere</li>
      </ul>
      <div className="start">
        <StartActions />
      </div>
      <p className="small">
        This is a reflection aid built on one article, not a validated psychometric test.{' '}
        <Link to={paths.about}>How scoring works</Link>
      </p>
    </div>
  );
}
