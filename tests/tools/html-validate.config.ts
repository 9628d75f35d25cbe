import type { ConfigData } from 'html-validate';

/** html-validate's recommended rules, with each exception explained. */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Event ids start with their date (2020-02-...), which HTML5 allows; the strict rule wants a letter first.
    'valid-id': ['error', { relaxed: true }],
    // Titles carry the event summary, which is what a shared link should show; length is not a defect here.
    'long-title': 'off',
    // Astro writes void elements as <meta ... /> and boolean attributes as hidden=""; both are valid HTML.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    // Astro's formatter leaves trailing whitespace in some text nodes.
    'no-trailing-whitespace': 'off',
  },
};
