// Any path the app does not know: say so and offer a way home.
import { Link } from 'react-router-dom';
import { PageHeading } from '../../components/page-heading.tsx';
import { paths } from '../../routes/paths.ts';

export default function NotFoundScreen() {
  return (
    <div>
      <PageHeading>Page not found</PageHeading>
      <p>If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.</p>
      <p>
        <Link to={paths.intro}>Go to the start of the quiz</Link> or{' '}
        <Link to={paths.history}>see your past attempts</Link>.
      </p>
    </div>
  );
}
