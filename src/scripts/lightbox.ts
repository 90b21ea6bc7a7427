/**
 * Lightbox for `Gallery.astro`: a modal <dialog> (the browser traps focus and
 * handles Esc), ←/→ and swipe to move, the Back button closes it, focus returns
 * to the thumbnail. Without this script each thumbnail is a link to the large image.
 */
const sources = [
  ['image/avif', 'avif'],
  ['image/webp', 'webp'],
] as const;

function setup(root: HTMLElement) {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a.gallery-link')];
  const dialog = root.querySelector<HTMLDialogElement>('dialog[data-lightbox]');
  const stage = dialog?.querySelector<HTMLElement>('.lightbox-stage');
  const caption = dialog?.querySelector('.lightbox-caption');
  const count = dialog?.querySelector('.lightbox-count');
  if (!dialog || !stage || !caption || !count || links.length === 0) return;
  const picture = stage.appendChild(document.createElement('picture'));
  const img = picture.appendChild(document.createElement('img'));

  let current = 0;
  let opener: HTMLAnchorElement | undefined;
  let inHistory = false;

  const show = (index: number) => {
    current = (index + links.length) % links.length;
    const link = links[current]!;
    picture.querySelectorAll('source').forEach((s) => s.remove());
    // A drawing's link is its SVG and has no raster sources: one file for every size.
    for (const [type, key] of sources) {
      if (!link.dataset[key]) continue;
      const source = document.createElement('source');
      source.type = type;
      source.srcset = link.dataset[key];
      source.sizes = '100vw';
      picture.insertBefore(source, img);
    }
    img.srcset = link.dataset.jpeg ?? '';
    img.sizes = '100vw';
    img.src = link.href;
    img.width = Number(link.dataset.width);
    img.height = Number(link.dataset.height);
    img.alt = link.querySelector('img')?.alt ?? '';
    const figcaption = link.closest('figure')?.querySelector('figcaption');
    caption.textContent = [...(figcaption?.children ?? [])].map((c) => c.textContent?.trim()).join(' · ');
    count.textContent = (dialog.dataset.count ?? '{{index}} / {{total}}')
      .replace('{{index}}', String(current + 1))
      .replace('{{total}}', String(links.length));
  };

  const open = (index: number) => {
    opener = links[index];
    show(index);
    dialog.showModal();
    // One history entry per opening, so the Back button closes the view instead of leaving the page.
    history.pushState({ lightbox: true }, '');
    inHistory = true;
  };

  const close = () => {
    if (!dialog.open) return;
    dialog.close();
    opener?.focus();
    if (inHistory) {
      inHistory = false;
      history.back();
    }
  };

  links.forEach((link, index) =>
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      open(index);
    }),
  );
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    close();
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight') show(current + 1);
    else if (event.key === 'ArrowLeft') show(current - 1);
  });
  // A click on the dark area around the image closes, like most lightboxes.
  let swiped = false;
  dialog.addEventListener('click', (event) => {
    if (swiped) return void (swiped = false);
    if (event.target === dialog || (event.target as HTMLElement).classList.contains('lightbox-stage')) close();
  });
  dialog.querySelector('[data-prev]')?.addEventListener('click', () => show(current - 1));
  dialog.querySelector('[data-next]')?.addEventListener('click', () => show(current + 1));
  dialog.querySelector('[data-close]')?.addEventListener('click', close);
  window.addEventListener('popstate', () => {
    if (!dialog.open) return;
    inHistory = false;
    close();
  });

  let startX: number | undefined;
  stage.addEventListener('pointerdown', (event) => (startX = event.clientX));
  stage.addEventListener('pointerup', (event) => {
    if (startX === undefined) return;
    const dx = event.clientX - startX;
    startX = undefined;
    if (Math.abs(dx) > 40) {
      swiped = true; // the click that follows this pointerup is not a "close"
      show(current + (dx < 0 ? 1 : -1));
    }
  });
}

export function initLightboxes() {
  document.querySelectorAll<HTMLElement>('[data-gallery]').forEach(setup);
}
