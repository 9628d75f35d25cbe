// On a large record the home page holds only the newest events. An old link to /#<id> still lands:
// the id starts with its date, which names the month page that holds it (or a pointer to where it went).
import { periodOfId } from '../lib/period.ts';

function follow(): void {
  const el = document.getElementById('home-redirect');
  const id = decodeURIComponent(location.hash.slice(1));
  if (!el || !id || document.getElementById(id)) return;
  const period = periodOfId(id);
  if (period && (el.dataset.periods ?? '').split(' ').includes(period)) location.replace(`${el.dataset.base}timeline/${period}/${location.search}#${id}`);
}

follow();
window.addEventListener('hashchange', follow);
