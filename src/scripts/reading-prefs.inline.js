(function (h) {
  try {
    var r = localStorage.getItem('reading-prefs'), p = r && r.length < 200 ? JSON.parse(r) : 0;
    if (p && typeof p == 'object') {
      if (p.text === 1 || p.text === 2 || p.text === 3) h.setAttribute('data-text', p.text);
      if (p.contrast == 'more' || p.contrast == 'normal') h.setAttribute('data-contrast', p.contrast);
      if (p.spacing == 'wide') h.setAttribute('data-spacing', 'wide');
    }
  } catch (e) {}
  h.setAttribute('data-rt', '');
})(document.documentElement);
