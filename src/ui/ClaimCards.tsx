// Claims the page makes, each with the phrase found, a grade, a note and the studies behind it.
import type { Claim } from '../core/schema';
import { EVIDENCE } from '../knowledge/evidence';

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

export function ClaimCards({ claims }: { claims: Claim[] }) {
  if (claims.length === 0) return null;
  return (
    <section aria-labelledby="claims-h" class="card">
      <h2 id="claims-h">Claims on this page</h2>
      <ul class="claims">
        {claims.map((c) => (
          <li key={c.topic} class="claim" data-testid="claim" data-topic={c.topic}>
            <p>
              <strong>{c.topic === 'other' ? 'Other claim' : EVIDENCE[c.topic].title}</strong>:{' '}
              <q data-testid="claim-text">{c.text}</q>
            </p>
            <p class="grade" data-testid="claim-grade">
              {c.grade}
            </p>
            <p class="small">{c.note}</p>
            {c.sources.length > 0 && (
              <details>
                <summary>Studies ({c.sources.length})</summary>
                <ul class="sources">
                  {c.sources.map((s) => (
                    <li key={s}>
                      {/^https:\/\//.test(s) ? (
                        <a href={s} target="_blank" rel="noopener noreferrer">
                          {sourceLabel(s)}
                        </a>
                      ) : (
                        <span>{s}</span>
                      )}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
