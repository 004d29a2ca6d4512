// Amazon product pages (.com, .co.uk, .de, .ca).
import type { StoreAdapter } from './types';
import { textOf, textsOf } from './dom';

const HOSTS = ['amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.ca'];

export const amazon: StoreAdapter = {
  id: 'amazon',
  matches: HOSTS.map((h) => `*://*.${h}/*`),
  isProductUrl(url) {
    const host = url.hostname.replace(/^www\.|^smile\./, '');
    return HOSTS.includes(host) && /\/(?:dp|gp\/product|gp\/aw\/d)\/[A-Z0-9]{10}(?:[/?]|$)/.test(url.pathname + '/');
  },
  read(doc, url) {
    const title = textOf(doc, '#productTitle');
    const bullets = textsOf(doc, '#feature-bullets li span.a-list-item, #feature-bullets li');
    return {
      isProductPage: amazon.isProductUrl(url) && title !== undefined,
      ...(title ? { title } : {}),
      ...(bullets.length ? { bullets: [...new Set(bullets)] } : {}),
    };
  },
};
