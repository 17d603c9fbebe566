package cascadekit.browser;

/** The scripts {@link ReportPage} runs in the page to measure it; each describes an element as {@code tag#id.class "text"}. */
final class PageScripts {
  private static final String DESCRIBE =
      "const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
          + " + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
          + " + (e.textContent.trim() ? ' \"' + e.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40) + '\"' : '');\n";

  /** Returns a list: the page wider than the viewport, each outermost element past its right edge, each sideways scroller. */
  static final String OVERFLOW = DESCRIBE
      + "const root = document.documentElement, edge = root.clientWidth, out = [];\n"
      + "if (root.scrollWidth > edge) out.push('the page is ' + root.scrollWidth + ' px wide in a ' + edge + ' px viewport');\n"
      + "const past = e => e.getBoundingClientRect().right > edge + 1;\n"
      + "for (const e of document.body.querySelectorAll('*')) {\n"
      + "  const box = e.getBoundingClientRect();\n"
      + "  if (box.width > 0 && past(e) && !(e.parentElement && past(e.parentElement)))\n"
      + "    out.push(describe(e) + ' ends at ' + Math.round(box.right) + ' px, past the ' + edge + ' px edge');\n"
      + "  const x = getComputedStyle(e).overflowX;\n"
      + "  if ((x === 'auto' || x === 'scroll') && e.scrollWidth > e.clientWidth + 1)\n"
      + "    out.push(describe(e) + ' scrolls sideways: ' + e.scrollWidth + ' px of content in ' + e.clientWidth + ' px');\n"
      + "}\n"
      + "return out;";

  /** Returns one line per chart that lacks role="img" or a non-empty aria-label or title, naming the heading above it. */
  static final String UNNAMED_CHARTS =
      "const heading = e => { for (let n = e; n; n = n.previousElementSibling || n.parentElement) {\n"
          + "  if (/^H[1-6]$/.test(n.tagName)) return n.textContent.trim(); } return '(no heading)'; };\n"
          + "return [...document.querySelectorAll('svg')].flatMap((svg, i) => {\n"
          + "  const title = svg.querySelector(':scope > title');\n"
          + "  const name = (svg.getAttribute('aria-label') || '').trim() || (title ? title.textContent.trim() : '');\n"
          + "  const where = 'chart ' + (i + 1) + ' (under \"' + heading(svg) + '\")';\n"
          + "  const wrong = [];\n"
          + "  if (svg.getAttribute('role') !== 'img') wrong.push(where + ': role is ' + svg.getAttribute('role') + ', not img');\n"
          + "  if (!name) wrong.push(where + ': no aria-label or <title> names it');\n"
          + "  return wrong; });";

  /** Returns the element right after the first h1, described, or a sentence saying there is none. */
  static final String AFTER_TITLE = DESCRIBE
      + "const h1 = document.querySelector('h1');\n"
      + "if (!h1) return 'no <h1> at all';\n"
      + "const next = h1.nextElementSibling;\n"
      + "return next ? describe(next) : 'nothing after the <h1>';";

  private PageScripts() {}
}
