// Reading aids (src/components/ReadingTools.astro). A classic script in <head>, not a
// module: it runs before the body is parsed, so stored choices apply before first paint.
// The only storage: localStorage "reading-prefs", e.g. {"text":2,"contrast":"more"}.
// Anything unexpected there is ignored. Nothing is sent anywhere.
(function () {
  var html = document.documentElement;
  var prefs = {};

  try {
    var raw = localStorage.getItem('reading-prefs');
    var stored = raw && raw.length < 200 ? JSON.parse(raw) : null;
    if (stored && typeof stored == 'object') {
      if (stored.text === 1 || stored.text === 2 || stored.text === 3) prefs.text = stored.text;
      if (stored.contrast === 'more' || stored.contrast === 'normal') prefs.contrast = stored.contrast;
      if (stored.spacing === 'wide') prefs.spacing = 'wide';
    }
  } catch (e) {
    // Storage blocked or not JSON: defaults.
  }

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

  apply();
  // Shows the controls (CSS: html[data-rt] .reading-tools).
  html.setAttribute('data-rt', '');

  document.addEventListener('DOMContentLoaded', function () {
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
  });
})();
