// Starts the app. If the browser cannot run it, says so calmly instead of leaving the page stuck.
import init from '../pkg/werkkeuze.js';

init().catch(() => {
  const root = document.getElementById('app');
  if (!root) return;
  root.removeAttribute('aria-busy');
  const note = root.querySelector('.loading-note');
  if (note) {
    note.textContent =
      'Werkkeuze kon niet starten in deze browser. Probeer een recente versie van Firefox, Chrome, Edge of Safari. ' +
      'U bent niets kwijt: er was nog niets ingevuld.';
    note.setAttribute('role', 'alert');
  }
});
