// The app's notices (storage trouble, answers kept after a bank update), each dismissable.
import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { useNotices } from '../store/notices.ts';

export function Notices() {
  const { pathname } = useLocation();
  const all = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  const leave = useNotices((s) => s.leave);
  useEffect(() => leave(pathname), [leave, pathname]);
  const notices = all.filter((n) => n.path === undefined || n.path === pathname);
  return (
    <div aria-live="polite" className="notices">
      {notices.map((n) => (
        <div key={n.id} className="notice">
          <p>{n.text}</p>
          <button
            type="button"
            className="button button--quiet"
            onClick={(event) => {
              // The button goes with its notice: focus moves on to the next notice, or to the page's heading.
              const next = event.currentTarget.closest('.notice')?.nextElementSibling?.querySelector('button');
              dismiss(n.id);
              (next ?? document.querySelector<HTMLElement>('main h1'))?.focus();
            }}
          >
            Dismiss <span className="visually-hidden">this message</span>
          </button>
        </div>
      ))}
    </div>
  );
}
