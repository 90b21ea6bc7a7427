/**
 * The search page's script: runs Pagefind for `?q=` or as the visitor types.
 * Pagefind (its script, WebAssembly and index) is fetched on the first search only,
 * from this site; results are announced through the status line.
 */
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch: (query: string, options?: object, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;
// A variable path, so the bundler leaves the import to the browser.
const load = () => (pagefind ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`) as Promise<Pagefind>);

export function initSearch() {
  const form = document.querySelector<HTMLFormElement>('[data-search]');
  const input = form?.querySelector<HTMLInputElement>('input[name=q]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;
  const messages = JSON.parse(form.dataset.messages ?? '{}') as { results: { one: string; other: string }; none: string; loading: string };
  const plural = new Intl.PluralRules(document.documentElement.lang);

  const run = async (query: string, debounce: boolean) => {
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = messages.loading;
    const engine = await load();
    const search = debounce ? await engine.debouncedSearch(query, {}, 250) : await engine.search(query);
    if (!search) return; // superseded by a newer keystroke
    const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    list.replaceChildren(
      ...results.map((r) => {
        const item = document.createElement('li');
        const link = item.appendChild(document.createElement('a'));
        link.href = r.url;
        link.textContent = r.meta.title ?? r.url;
        const excerpt = item.appendChild(document.createElement('p'));
        excerpt.innerHTML = r.excerpt; // Pagefind's excerpt of our own pages, with <mark> around matches
        return item;
      }),
    );
    const count = search.results.length;
    status.textContent = count
      ? messages.results[plural.select(count) === 'one' ? 'one' : 'other'].replace('{{count}}', String(count))
      : messages.none.replace('{{query}}', query);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void run(input.value, false);
  });
  input.addEventListener('input', () => void run(input.value, true));
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial, false);
  }
}
