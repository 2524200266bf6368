// Sends the person somewhere sensible and tells them why, once, after render.
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { notify } from '../store/notices.ts';

interface Props {
  readonly to: string;
  readonly id: string;
  readonly message: string;
}

export function RedirectWithNotice({ to, id, message }: Props) {
  const navigate = useNavigate();
  useEffect(() => {
    notify(id, message, to);
    navigate(to, { replace: true });
  }, [navigate, to, id, message]);
  return null;
}
