// The share link in a read-only field, with a Copy button and a plain word on what it reveals.
import { useId } from 'react';
import { useStatus } from './use-status.ts';
import { encodeShareCode } from '../engine/share-code.ts';
import { absoluteUrl, paths } from '../routes/paths.ts';

export const shareUrl = (bankVersion: number, answers: Readonly<Record<string, string>>): string =>
  absoluteUrl(`${paths.shared}#${encodeShareCode(bankVersion, answers)}`);

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function ShareLink({
  bankVersion,
  answers,
}: {
  readonly bankVersion: number;
  readonly answers: Readonly<Record<string, string>>;
}) {
  const id = useId();
  const url = shareUrl(bankVersion, answers);
  const [status, setStatus] = useStatus();
  return (
    <div className="share">
      <label htmlFor={id} className="share__label">
        Share link
      </label>
      <p className="hint" id={`${id}-hint`}>
        The link shows every one of your answers to whoever opens it. Nothing is stored on a server: the answers travel
        inside the link.
      </p>
      <div className="share__row">
        <input
          id={id}
          className="share__field"
          type="text"
          readOnly
          value={url}
          aria-describedby={`${id}-hint`}
          onFocus={(e) => e.target.select()}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={async () =>
            setStatus((await copyText(url)) ? 'Link copied.' : 'Copying failed: select the link and copy it.')
          }
        >
          Copy <span className="visually-hidden">share link</span>
        </button>
      </div>
      <output className="small status">{status}</output>
    </div>
  );
}
