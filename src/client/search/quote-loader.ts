import type { T2S } from '../../search/normalize.ts';
import type { QuoteSource } from '../../search/quote-check.ts';
import { pageData } from '../dom.ts';

/**
 * 引文核验's code (quote-view.ts and the matcher) is fetched when a reader first checks a quotation
 * (or arrives with ?quote=), not with the page: most searches never use it.
 */
export function startQuoteCheckLazily(root: HTMLElement, t2s: T2S): void {
  const form = root.querySelector('form')!;
  // Read now: the search writes its own URL (without quote=) before the module has loaded.
  const asked = new URL(location.href).searchParams.get('quote');
  let started: Promise<() => Promise<void>> | undefined;
  const start = () =>
    (started ??= import('./quote-view.ts').then(({ startQuoteCheck }) => {
      form.removeEventListener('submit', firstSubmit);
      return startQuoteCheck(root, pageData<QuoteSource[]>('quote-sources', []), t2s, asked);
    }));
  function firstSubmit(event: Event): void {
    event.preventDefault();
    void start().then((check) => check());
  }
  form.addEventListener('submit', firstSubmit);
  if (asked) void start();
}
