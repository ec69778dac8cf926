// Werkkeuze embed helper for host pages. Include once, after iframes marked `data-werkkeuze`:
//   <iframe src="https://…/?embed=1#/rekenhulp" title="Rekenhulp" data-werkkeuze></iframe>
//   <script src="https://…/static/embed.js" defer></script>
// Each embedded tool posts {type: 'werkkeuze:hoogte', hoogte: <pixels>} to its parent when its
// content changes height; this script sets that frame's height. Nothing else is exchanged: the
// message carries no answers, and this script sets no cookies and makes no requests.
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'werkkeuze:hoogte' || typeof data.hoogte !== 'number') return;
    var height = Math.max(200, Math.min(Math.ceil(data.hoogte), 20000));
    var frames = document.querySelectorAll('iframe[data-werkkeuze]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = height + 'px';
      }
    }
  });
})();
