// "Retake the quiz": one label for one action, on results and on history. A fresh attempt, from
// question 1.
import { useNavigate } from 'react-router-dom';
import { paths } from '../routes/paths.ts';
import { useQuiz } from '../store/quiz.ts';

export function RetakeButton() {
  const start = useQuiz((s) => s.start);
  const navigate = useNavigate();
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        start();
        navigate(paths.question(1));
      }}
    >
      Retake the quiz
    </button>
  );
}
