/* 大字 and 高对比 (src/styles/modes.css). Loaded blocking in <head> — an external file, as the CSP
   forbids inline scripts — so a stored choice is on <html> before the first paint; the header's
   buttons (hidden without JavaScript) are wired once the page has been parsed. */
(function () {
  var root = document.documentElement;
  var on = { text: 'large', contrast: 'high' };
  function stored(mode) {
    try {
      return localStorage.getItem('portal-' + mode);
    } catch (e) {
      return null;
    }
  }
  function active(mode) {
    var value = root.getAttribute('data-' + mode);
    if (value) return value === on[mode];
    return mode === 'contrast' && matchMedia('(prefers-contrast: more)').matches;
  }
  for (var mode in on) if (stored(mode)) root.setAttribute('data-' + mode, stored(mode));
  document.addEventListener('DOMContentLoaded', function () {
    var group = document.querySelector('.reading-modes');
    if (!group) return;
    var buttons = group.querySelectorAll('button[data-mode]');
    function sync() {
      buttons.forEach(function (b) {
        b.setAttribute('aria-pressed', String(active(b.dataset.mode)));
      });
    }
    buttons.forEach(function (b) {
      b.addEventListener('click', function () {
        var value = active(b.dataset.mode) ? 'normal' : on[b.dataset.mode];
        root.setAttribute('data-' + b.dataset.mode, value);
        try {
          localStorage.setItem('portal-' + b.dataset.mode, value);
        } catch (e) {
          /* private mode: the choice lasts for this page only */
        }
        sync();
      });
    });
    sync();
    group.hidden = false;
  });
})();
