// "Show the source": every figure can reveal the label text it was read from.
import type { ComponentChildren } from 'preact';

export function Source({ text, testId, children }: { text: string | undefined; testId: string; children?: ComponentChildren }) {
  if (!text) return null;
  return (
    <details class="source" data-testid={testId}>
      <summary>Label text</summary>
      {/* Page text is only ever rendered as text (Preact escapes it), never parsed as HTML. */}
      <q>{text}</q>
      {children}
    </details>
  );
}
