// Claims the page makes -> evidence notes. (Placeholder signature; the evidence work fills it in.)
import type { Claim } from './schema';

export interface ClaimText { field: string; text: string }

export function detectClaims(_texts: ClaimText[], _opts: { eu: boolean }): Claim[] {
  return [];
}
