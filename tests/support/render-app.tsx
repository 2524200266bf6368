// Renders the whole app at a path, through the real routes, as a person would meet it.
import { act, render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { AppRoutes } from '../../src/app/app.tsx';

/**
 * Awaited, so the first render may wait for what it loads. `render` alone runs React's `act`
 * without awaiting it. When a screen's code is already loaded (an earlier test of the file showed
 * it) and the screen suspends with `use` on a load not yet settled (the frozen bank of version 1),
 * React keeps the render as a task in that act scope; the unawaited act drops the task, and the
 * root, still marked as scheduled by it, ignores the load's resolution: the page stays empty for
 * good. (A file's first screen suspends on its lazy code instead, which act does not keep.) A
 * browser has no act scope: there the render carries on once the load resolves.
 */
export async function renderApp(path: string): Promise<RenderResult & { readonly user: UserEvent }> {
  const user = userEvent.setup();
  let view: RenderResult | undefined;
  await act(async () => {
    view = render(
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>,
    );
  });
  if (!view) throw new Error('render returned nothing');
  return { user, ...view };
}
