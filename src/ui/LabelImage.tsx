// Reading a label that the page shows only as a picture: the popup's button, the choice of image when
// the page shows several, and the text read from the image, editable, with any figure that failed a
// check shown as read. The reading itself happens in the background (src/extension/label-image.ts).
import { useState } from 'preact/hooks';
import type { ImageChoice, PageResult } from '../extension/messages';
import { correctLabelImage, requestLabelImage } from '../extension/label-image-requests';

/** The page did not give a dose from its label: reading the image may. */
export function wantsLabelImage(result: PageResult | null): boolean {
  if (!result) return true;
  if (result.origin === 'selection' || result.origin === 'pasted') return false;
  const amount = result.analysis.elementalMgPerServing;
  return !!result.snapshot.labelIsImage || !amount || amount.basis === 'from-title' || result.origin === 'label-image';
}

type Phase =
  { name: 'idle' } | { name: 'reading' } | { name: 'choose'; choices: ImageChoice[] } | { name: 'error'; message: string };

/** "Read the label image": shown where the page's label gave no dose. */
export function ReadLabelImage({ tabId, onResult }: { tabId: number; onResult: (r: PageResult) => void }) {
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });

  async function read(pick?: number) {
    setPhase({ name: 'reading' });
    const reply = await requestLabelImage(tabId, pick).catch((e: unknown) => ({
      result: null,
      choices: [],
      error: `MagLens could not read the label image (${String(e)}).`,
    }));
    if (reply.result) {
      setPhase({ name: 'idle' });
      return onResult(reply.result);
    }
    if (reply.error) return setPhase({ name: 'error', message: reply.error });
    setPhase({ name: 'choose', choices: reply.choices });
  }

  return (
    <section class="label-image" data-testid="label-image">
      <p class="small">Label only shown as a picture? MagLens can read it on this device; the picture is not sent anywhere.</p>
      <button type="button" data-testid="read-label-image" disabled={phase.name === 'reading'} onClick={() => void read()}>
        {phase.name === 'reading' ? 'Reading the label image…' : 'Read the label image'}
      </button>
      {phase.name === 'error' && (
        <p class="small" role="alert" data-testid="label-image-error">
          {phase.message}
        </p>
      )}
      {phase.name === 'choose' && (
        <div data-testid="label-image-choices">
          <p class="small">Which picture shows the Supplement Facts?</p>
          <ul class="choices">
            {phase.choices.map((c) => (
              <li key={c.index}>
                <button type="button" class="link" data-testid="label-image-choice" onClick={() => void read(c.index)}>
                  {c.alt || `Image ${c.index + 1}`} ({c.width}×{c.height})
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** The text read from the label image, and what did not pass its checks: the user may correct it. */
export function LabelImageText({
  tabId,
  result,
  onResult,
}: {
  tabId: number;
  result: PageResult;
  onResult: (r: PageResult) => void;
}) {
  const reading = result.labelImage;
  const [text, setText] = useState(reading?.text ?? '');
  const [busy, setBusy] = useState(false);
  if (!reading) return null;

  async function reanalyse() {
    setBusy(true);
    const reply = await correctLabelImage(tabId, text).catch(() => null);
    setBusy(false);
    if (reply?.result) onResult(reply.result);
  }

  return (
    <details class="more" data-testid="label-image-text" open={reading.uncertain.length > 0}>
      <summary>Text read from the label image{reading.corrected ? ' (corrected by you)' : ''}</summary>
      {reading.clipped && <p class="small">Only part of the picture was in view; scroll it fully into view and read it again.</p>}
      {reading.uncertain.map((u) => (
        <p class="small" data-testid="label-image-uncertain" key={u.line}>
          Not used as a dose: “{u.read.join(' ')}” ({u.problems.join('; ')}).
        </p>
      ))}
      <label class="small" for="label-image-edit">
        Correct the text if the picture was misread, then use it:
      </label>
      <textarea
        id="label-image-edit"
        rows={8}
        data-testid="label-image-edit"
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <button type="button" data-testid="label-image-correct" disabled={busy} onClick={() => void reanalyse()}>
        Use the corrected text
      </button>
    </details>
  );
}
