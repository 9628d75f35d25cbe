// On a large record the home page holds only the newest events. An old link to /#<id> still lands: the id
// starts with its date, which names the period page that holds it (or a pointer to where it went). Inside
// a filtered view the list here is replaced by the matches, so a #<id> there goes to its period page too.
import { periodOfId } from '../lib/period.ts';
import { isFiltered, readFilter } from '../lib/event-filter.ts';

function follow(): void {
  const el = document.getElementById('home-redirect');
  const id = decodeURIComponent(location.hash.slice(1));
  if (!el || !id || (document.getElementById(id) && !isFiltered(readFilter(location.search)))) return;
  const period = periodOfId(id);
  if (!period || !(el.dataset.periods ?? '').split(' ').includes(period)) return;
  // Tells <timeline-filters> not to start filtering a page the reader is leaving.
  el.dataset.leaving = 'yes';
  location.replace(`${el.dataset.base}timeline/${period}/#${encodeURIComponent(id)}`);
}

follow();
window.addEventListener('hashchange', follow);
