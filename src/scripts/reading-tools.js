// Reading aids' buttons (src/components/layout/ReadingTools.astro). Loaded with `defer`, so it
// never holds up the first paint: the stored choice was already applied before paint by the
// inline reading-prefs.inline.js, which validated it and left it on <html> as data-text,
// data-contrast and data-spacing. Those attributes are the state read here.
// The only storage: localStorage "reading-prefs", e.g. {"text":2,"contrast":"more"}.
// Nothing is sent anywhere.
(function () {
  var html = document.documentElement;
  var prefs = {
    text: Number(html.getAttribute('data-text')) || undefined,
    contrast: html.getAttribute('data-contrast') || undefined,
    spacing: html.getAttribute('data-spacing') || undefined,
  };

  function apply() {
    ['text', 'contrast', 'spacing'].forEach(function (name) {
      if (prefs[name]) html.setAttribute('data-' + name, prefs[name]);
      else html.removeAttribute('data-' + name);
    });
  }

  function save() {
    try {
      if (prefs.text || prefs.contrast || prefs.spacing) localStorage.setItem('reading-prefs', JSON.stringify(prefs));
      else localStorage.removeItem('reading-prefs');
    } catch (e) {
      // Not persisted; the choice still holds on this page.
    }
  }

  var bar = document.querySelector('.reading-tools');
  if (!bar) return;
  var buttons = bar.querySelectorAll('button');
  var status = bar.querySelector('[role=status]');
  var systemMore = window.matchMedia && matchMedia('(prefers-contrast: more)');

  function isOn(button) {
    var pref = button.getAttribute('data-pref');
    if (pref == 'text') return String(prefs.text || 0) == button.getAttribute('data-value');
    if (pref == 'contrast') return prefs.contrast ? prefs.contrast == 'more' : !!(systemMore && systemMore.matches);
    return !!prefs[pref];
  }

  function sync() {
    for (var i = 0; i < buttons.length; i++) {
      if (buttons[i].hasAttribute('aria-pressed')) buttons[i].setAttribute('aria-pressed', String(isOn(buttons[i])));
    }
  }

  bar.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button');
    if (!button) return;
    var pref = button.getAttribute('data-pref');
    var on = isOn(button);
    if (pref == 'reset') prefs = {};
    else if (pref == 'text') prefs.text = Number(button.getAttribute('data-value')) || undefined;
    else if (pref == 'contrast') prefs.contrast = !on ? 'more' : systemMore && systemMore.matches ? 'normal' : undefined;
    else prefs.spacing = on ? undefined : 'wide';
    apply();
    save();
    sync();
    status.textContent = button.getAttribute(pref == 'reset' || pref == 'text' ? 'data-say' : on ? 'data-off' : 'data-on');
  });

  sync();
})();
