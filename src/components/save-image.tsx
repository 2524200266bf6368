// "Save as image": draws the result on a canvas on click (1200 x 630 whatever the screen's pixel
// ratio) and downloads it as a PNG through a link to a data: URL (the Content-Security-Policy has
// no blob:, and fetching a data: URL is refused by connect-src). Then suggests alt text to copy.
import { useId, useMemo, useState } from 'react';
import type { Result } from '../engine/score.ts';
import { formatDay } from '../words/dates.ts';
import { headlineWords, splitText } from '../words/result-words.ts';
import { SITE_NAME } from './page-heading.tsx';
import { IMAGE, imageAltText, imageFileName, resultImage, type ImageData, type ImageOp } from './result-image.ts';
import { copyText } from './share-link.tsx';
import { useStatus } from './use-status.ts';

function paint(context: CanvasRenderingContext2D, ops: readonly ImageOp[]): void {
  for (const op of ops) {
    context.fillStyle = op.fill;
    if (op.kind === 'rect') context.fillRect(op.x, op.y, op.width, op.height);
    else {
      context.font = op.font;
      context.textAlign = op.align;
      context.fillText(op.text, op.x, op.y, op.maxWidth);
    }
  }
}

interface Props {
  readonly result: Result;
  /** When the attempt was finished; null for a shared result, which has no date. */
  readonly finishedAt: string | null;
}

export function SaveImage({ result, finishedAt }: Props) {
  const id = useId();
  const [status, setStatus] = useStatus();
  const [saved, setSaved] = useState<string | null>(null);
  const [copied, setCopied] = useStatus();
  const data: ImageData = useMemo(
    () => ({
      siteName: SITE_NAME,
      headline: headlineWords(result, 'you').text,
      splitText: splitText(result, true),
      emPercent: result.emPercent,
      range: result.range,
      areas: result.dimensions,
      date: finishedAt === null ? null : formatDay(finishedAt),
    }),
    [result, finishedAt],
  );
  const alt = imageAltText(data);

  const save = () => {
    const canvas = document.createElement('canvas');
    canvas.width = IMAGE.width;
    canvas.height = IMAGE.height;
    const context = canvas.getContext('2d');
    if (!context) return setStatus('This browser cannot draw the image.');
    const measure = (text: string, font: string) => {
      context.font = font;
      return context.measureText(text).width;
    };
    paint(context, resultImage(data, measure));
    const name = imageFileName(finishedAt);
    const link = document.createElement('a');
    link.href = canvas.toDataURL('image/png');
    link.download = name;
    link.click();
    setSaved(name);
    setStatus(`Saved the image as ${name}. Suggested alt text for it follows.`);
  };

  return (
    <div className="save-image">
      <button type="button" className="button button--secondary" onClick={save}>
        Save as image
      </button>
      <output className="visually-hidden">{status}</output>
      {saved !== null && (
        <div className="save-image__alt">
          <p className="small">
            Saved as <strong>{saved}</strong> (1200 × 630 pixels). If you post it, add alt text so that people who use a
            screen reader know what it shows:
          </p>
          <label htmlFor={id} className="share__label">
            Suggested alt text
          </label>
          <textarea id={id} className="share__field save-image__text" readOnly rows={4} value={alt} />
          <div className="share__row">
            <button
              type="button"
              className="button button--secondary"
              onClick={async () =>
                setCopied((await copyText(alt)) ? 'Alt text copied.' : 'Copying failed in this browser.')
              }
            >
              Copy alt text
            </button>
            <output className="small status">{copied}</output>
          </div>
        </div>
      )}
    </div>
  );
}
