// <copy-link data-url>: a "Copy link" button for the event's permalink, added only when the Clipboard API is
// there; without it (or without JavaScript) readers copy the permalink link the page already shows.
class CopyLink extends HTMLElement {
  connectedCallback() {
    const url = this.dataset.url;
    if (!url || !navigator.clipboard?.writeText || this.firstChild) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Copy link';
    // A live region present before it changes, so screen readers announce the result.
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(url).then(
        () => (status.textContent = 'Copied'),
        () => (status.textContent = 'Could not copy: select the link instead'),
      );
    });
    this.append(button, ' ', status);
  }
}
customElements.define('copy-link', CopyLink);
