// Claims the page makes: one line each (topic and grade) on the first screen; opening a line shows
// the phrase found, the note, what dose the trials used against this product's, and the studies.
import type { Claim } from '../core/schema';
import { EVIDENCE } from '../knowledge/evidence';
import { evidenceFit } from './evidenceFit';

function sourceLabel(ref: string): string {
  try {
    const url = new URL(ref);
    if (url.hostname.endsWith('pubmed.ncbi.nlm.nih.gov')) return `PubMed ${url.pathname.replaceAll('/', '')}`;
    if (url.hostname === 'doi.org') return `doi:${decodeURIComponent(url.pathname.slice(1))}`;
    return url.hostname.replace(/^www\./, '');
  } catch {
    return ref;
  }
}

function SourceLink({ href, label }: { href: string; label?: string }) {
  return /^https:\/\//.test(href) ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {label ?? sourceLabel(href)}
    </a>
  ) : (
    <span>{href}</span>
  );
}

export function ClaimCards({ claims, perDay }: { claims: Claim[]; perDay: { min: number; max: number } | null }) {
  return (
    <section aria-labelledby="claims-h" class="claims-block" data-maglens="claims" data-count={claims.length}>
      <h2 id="claims-h">Claims on this page</h2>
      {claims.length === 0 && (
        <p class="muted small" data-testid="no-claims">
          No health claims found on this page.
        </p>
      )}
      <ul class="claims">
        {claims.map((c) => {
          const evidence = c.topic === 'other' ? null : EVIDENCE[c.topic];
          const fit = evidenceFit(evidence?.trialDose, perDay);
          return (
            <li key={c.topic} class="claim" data-testid="claim" data-topic={c.topic}>
              <details>
                <summary>
                  <strong>{evidence ? evidence.title : 'Other claim'}</strong>:{' '}
                  <span class="grade" data-testid="claim-grade">
                    {c.grade}
                  </span>
                </summary>
                <p>
                  On the page: <q data-testid="claim-text">{c.text}</q>
                </p>
                <p class="small">{c.note}</p>
                {fit && (
                  <p class="small fit" data-testid="evidence-fit">
                    {fit}
                  </p>
                )}
                {evidence?.trialDose && (
                  <p class="small">
                    Dose from:{' '}
                    {evidence.trialDose.refs.map((r, i) => (
                      <span key={r.url}>
                        {i > 0 && '; '}
                        <SourceLink href={r.url} label={r.short} />
                      </span>
                    ))}
                  </p>
                )}
                {c.sources.length > 0 && (
                  <details>
                    <summary>Studies ({c.sources.length})</summary>
                    <ul class="sources">
                      {c.sources.map((s) => (
                        <li key={s}>
                          <SourceLink href={s} />
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
