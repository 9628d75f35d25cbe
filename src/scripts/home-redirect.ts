// On a large record the home page holds only the newest events. An old link to /#<id> still lands:
// the id starts with its date, which names the year page that holds it.
const el = document.getElementById('home-redirect');
const id = decodeURIComponent(location.hash.slice(1));
if (el && id && !document.getElementById(id)) {
  const year = /^(\d{4})-/.exec(id)?.[1] ?? (id.startsWith('undated') ? 'undated' : null);
  if (year && (el.dataset.years ?? '').split(' ').includes(year)) location.replace(`${el.dataset.base}years/${year}/${location.search}#${id}`);
}
