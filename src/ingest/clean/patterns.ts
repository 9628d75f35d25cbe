// What the lines that are not the article look like. Each pattern matches a whole line; the cleaner
// also checks where the line sits and how long it is before it takes anything out.

/** Photo caption controls ("hide caption", "toggle caption", "Enlarge this image") and their spun forms. */
export const CAPTION_TOGGLE = /^(?:hide|disguise|conceal|cover|toggle|show|expand|enlarge(?: this)?|cover up)\s+(?:caption|image|picture|photo(?:graph)?)$/i;

/** A photo credit somewhere in the line: agency/photographer forms and "Photo by" cues. */
export const CREDIT = new RegExp(
  [
    String.raw`Getty\s+(?:Images|Photographs|Photos|Pictures|Photographs)`,
    String.raw`\bAP\s+(?:Photo|Images|Pictures?)\b`,
    String.raw`/(?:AP|AFP|Reuters|Bloomberg|EPA(?:-EFE)?|Sipa USA|ZUMA(?: Press| Wire)?|NurPhoto|Anadolu(?: Agency)?|Shutterstock|Pool|POOL|The New York Times|The Washington Post|NPR|CNN|USA TODAY(?: NETWORK)?|Imagn|Alamy)\b`,
    String.raw`\b(?:AFP|Reuters|Bloomberg|Anadolu|NurPhoto)\s*/`,
    String.raw`\((?:AP|AFP|Reuters|Getty)\)`,
    String.raw`\b(?:via|through|for)\s+(?:Getty|AP\b|Reuters|Bloomberg|The New York Times|The Washington Post)`,
    String.raw`\b(?:Photo(?:graph)?s?|Image|Picture|Video)\s*(?:by\b|:|credit\b|courtesy\b)`,
    String.raw`^\s*\(?(?:Credit|Courtesy(?: of)?)\s*:?\s+[A-Z]`,
    String.raw`\bStaff Photographer\b`,
    // "Lena Ortiz for NPR": a photographer's name and the outlet the photo was made for.
    String.raw`^[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){1,2}\s+for\s+(?:NPR|CNN|ProPublica|Reuters|Bloomberg|USA TODAY|KQED|WBUR|WNYC|CalMatters|The (?:New York Times|Washington Post|Wall Street Journal|Guardian|Texas Tribune|Atlantic|Marshall Project))$`,
  ].join('|'),
  'iu',
);

/** Comment, share, subscription and navigation prompts. */
export const PROMPT = new RegExp(
  '^(?:' +
    [
      String.raw`Share(?: this(?: article| story| post)?| on \w+| via \w+| the story)?:?`,
      String.raw`Tweet|Email|E-mail|Print|Facebook|Twitter|X|LinkedIn|WhatsApp|Reddit|Pinterest|Flipboard|Copy link|Link copied|Save|Bookmark|Listen|Listen to this article.*`,
      String.raw`Comments?(?: \(\d+\))?|\d+ comments?|View comments|Show comments|Join the conversation.*|Post Comment|Comment\s*\*?`,
      String.raw`Leave a (?:Reply|Comment)(?: Cancel reply)?|Cancel reply|Name\s*\*|Email\s*\*|Website|Save my name, email, and website in this browser for the next time I comment\.?`,
      String.raw`Your email address will not be published\.?.*|Required fields are marked.*|You must be logged in to post a comment\.?`,
      String.raw`(?:Sign up|Subscribe|Register)(?: now| today| here)?(?: for| to)? (?:our|the|a|free)?[\w ’'-]*(?:newsletter|updates|alerts|emails?|briefing)s?\b.*`,
      String.raw`Get (?:the|our) [\w ’'-]*newsletter.*|Subscribe(?: now| today)?\.?|Subscribe(?: now| today)? to (?:the |our )?[A-Z][\w ’'&-]{1,40}|Already a subscriber\?.*`,
      String.raw`Advertisement|ADVERTISEMENT|Sponsored(?: content)?|Story continues below(?: advertisement)?|Article continues below.*|Scroll to continue(?: with content)?|Continue reading(?: the main story| below)?\.?|Skip to (?:main )?content|Skip Ad`,
      String.raw`Click here to .*|Follow (?:us|[\w ]{2,30}) on (?:Twitter|X|Facebook|Instagram|Threads|Bluesky|TikTok|YouTube)\b.*`,
      String.raw`\d+ min(?:ute)?s? read|Reading time:? .*|Updated \d+ (?:minutes?|hours?|days?) ago`,
    ].join('|') +
    ')$',
  'i',
);

/** The heading of a block of teasers for other stories. */
export const TEASER_HEAD = /^(?:You May Also Like|You might also like|Related(?: Coverage| Stories| Articles| Content| Reading| News| Posts)?|More (?:from|Stories|on|in|News)\b.{0,60}|Recommended(?: for you| Stories| Reading)?|Most (?:Popular|Read|Viewed|Shared)|Trending(?: Now| Stories)?|Also Read|Read Also|See also|Latest (?:News|Stories|Headlines)|Don['’]t Miss|Popular (?:Stories|Now)|Top Stories|What to Read Next|Read (?:more|next)|Editor['’]s Picks|In Case You Missed It|Around the Web)\s*:?$/i;

/** A one-line teaser: a teaser cue and a headline on the same line ("Related: ICE to hire ..."). */
export const TEASER_LINE = /^(?:Related|RELATED|Read more|READ MORE|Read next|Also read|Read also|See also|MORE|WATCH|Watch|Recommended|ICYMI)\s*[:|—–-]\s*\S.{0,200}$/;

/** A publisher's mark set off in braces or brackets: "{Matzav.com}". */
export const SITE_MARKER = /^[{[]\s*((?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|news|info|us|tv|co|io|co\.uk))\s*[}\]]$/i;

/** A "date 2024-11-14" dateline glued to the start of the first line. */
export const DATELINE_PREFIX = /^\s*date\s*:?\s+(\d{4}-\d{2}-\d{2})\b\s*/i;

/** "By Name", "By Name and Name", "By Name, Outlet", "By Name | Outlet"; group 1 the names, group 2 what follows. */
export const BYLINE = /^(?:By|BY|Written by|Story by|Words by)\s+([\p{Lu}][\p{L}.'’-]+(?:\s+(?:[\p{Lu}][\p{L}.'’-]+|van|de|der|von|da|del|la|di|le|bin|al|and|&)){0,6})(?:\s*(?:[|,—–•·]|\s-\s)\s*(.+))?$/u;

/** "X contributed to this report", "Reporting by X; Editing by Y". */
export const CONTRIBUTOR = /^(?:\(?[\p{L} .,'’&-]{3,120} contributed (?:to )?(?:this|the) (?:report|story|article)(?: from [\p{L} ,.'’-]+)?\.?\)?|\((?:Additional )?[Rr]eporting by [^()]{3,250}\)|(?:Additional )?[Rr]eporting by [^.;]{3,150};\s*(?:Editing|Writing) by [^.]{3,150}\.?)$/u;

/** Copyright and rights lines. */
export const COPYRIGHT = /^(?:©|\(c\)|Copyright\b).{0,160}$|^All rights reserved\.?$/i;

/** An author bio without a known byline: "Jane Roe is an award-winning journalist ...". */
export const BIO = /^[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3} (?:is an? (?:[\w-]+ ){0,5}(?:journalist|reporter|writer|correspondent|editor|columnist|contributor|producer|photographer|intern)\b|covers [\w ,]+ for\b|reports on [\w ,]+ for\b|can be reached at\b)/u;
