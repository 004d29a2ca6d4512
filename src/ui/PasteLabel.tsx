// A text box for pasting a label when the page itself cannot be read.
import { useState } from 'preact/hooks';

export function PasteLabel({ onAnalyse }: { onAnalyse: (text: string) => Promise<boolean> }) {
  const [text, setText] = useState('');
  const [nothing, setNothing] = useState(false);
  return (
    <form
      class="paste"
      onSubmit={(e) => {
        e.preventDefault();
        void onAnalyse(text).then((found) => setNothing(!found));
      }}
    >
      <label for="paste-text">Paste a Supplement Facts label or product text</label>
      <textarea
        id="paste-text"
        data-testid="paste-text"
        rows={5}
        value={text}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
      />
      <button type="submit" data-testid="paste-submit" disabled={!text.trim()}>
        Analyze
      </button>
      {nothing && (
        <p role="status" data-testid="paste-nothing">
          No magnesium was found in that text.
        </p>
      )}
    </form>
  );
}
