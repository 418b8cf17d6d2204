/**
 * An advice article whose to-dos carry markup and script URLs as plain text (escaped in the
 * source, so the page itself runs nothing). Rendered by the popup, each must read literally.
 */
export const MARKUP_TODOS = {
  img: 'Write <img src=x onerror=alert`1`> on a sticky note for your manager',
  script: 'Keep <script>alert`3`</script> in your notes for every meeting',
  jsUrl: 'Send javascript:alert(document.domain) to your boss before the review',
} as const;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const MARKUP_AS_TEXT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>How to survive your first week at work: 5 tips ${escape('<img src=x onerror=alert(4)>')}</title>
<link rel="canonical" href="javascript:alert(5)"></head><body>
<article><h1>How to survive your first week at work: 5 tips</h1>
<p>Your first week at a new job sets the tone with your manager and your team. You should not try to
impress everyone at once; make sure you learn how the team works, and always ask before you change anything.</p>
<ol>
<li>${escape(MARKUP_TODOS.img)}.</li>
<li>${escape(MARKUP_TODOS.script)}.</li>
<li>${escape(MARKUP_TODOS.jsUrl)}.</li>
<li>Bookmark the team wiki and read it every morning at work. <a href="javascript:alert(6)">Wiki</a></li>
<li>Update your resume every month, even when your job is going well.</li>
</ol>
<p>Remember to take notes in every meeting. Don't reply to angry emails at work right away.</p>
</article></body></html>`;
