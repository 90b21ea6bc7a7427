// `/` only: send the visitor to the language their browser prefers (English → /en/, anything else → /zh/).
// Kept as a file, not inline, so the Content-Security-Policy needs no 'unsafe-inline'.
(function () {
  var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  for (var i = 0; i < langs.length; i++) {
    var tag = String(langs[i]).toLowerCase();
    if (tag.indexOf('zh') === 0) return location.replace('/zh/');
    if (tag.indexOf('en') === 0) return location.replace('/en/');
  }
  location.replace('/zh/');
})();
