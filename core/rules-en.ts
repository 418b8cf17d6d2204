/**
 * Every regular expression for English pages, in one table, plus the base-form verbs that start
 * imperative sentences. Derived from how tips articles, how-tos and advice columns phrase steps.
 */
export const EN = {
  /** Sentence: up to . ! ? followed by space and a capital/quote, or a line. */
  sentenceEnd: /(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])|\n+/,
  /** Title words of advice articles. */
  adviceTitle: /\bhow to\b|\btips?\b|\bways? to\b|\bsteps?\b|\bguide\b|\bwhat to do\b|\bshould\b|\bmistakes?\b|\bstrategies\b|\bchecklist\b|^\s*\d+\s|\b\d+ (?:things|ways|tips|rules|habits|secrets|signs|lessons|mistakes|ideas|reasons)\b|\bdos and don.?ts\b|\badvice\b|\bhacks?\b|\bsecrets?\b|\bdon.?t\b|\bnever\b|\bavoid\b|\blessons\b|\bhabits\b|\brules\b|\bhow (?:i|you|we)\b|\bbest practices\b|\bwhat not to\b|\bdear\b/i,
  /** Markers of instructions in running text (the cheap gate counts them). */
  adviceMarker: /\byou should\b|\bmake sure\b|\bbe sure to\b|\bdon[’']t\b|\bremember to\b|\btry to\b|\bavoid\b|\bconsider\b|\bnever\b|\balways\b|\byou(?:[’']ll)? (?:need|want) to\b|\binstead\b|\byour\b/gi,
  /** Work and careers vocabulary (career scope). */
  career: /\b(?:career|careers|job|jobs|interview|interviews|resume|résumé|boss|manager|managers|management|salary|workplace|colleague|colleagues|coworkers?|co-workers?|client|clients|customers?|employer|employees?|hiring|hire|promotion|business|office|team|teams|leader|leadership|engineer|engineers|engineering|professional|work|working|meeting|meetings|sales|startup|entrepreneur|company|companies|marketing)\b/gi,

  /** List prefixes before the words (Step 3:, 3., bullets). */
  listPrefix: /^\s*(?:(?:step|tip|rule|lesson|mistake|way|secret|no\.?|#)\s*\d+\s*[:.)\-–—]?\s*|\d+\s*[.):\-–—]\s*|[•●■◆▶►✓✔*\-–—]\s*)/i,
  /** Leading adverbs and connectives that do not belong to the to-do. */
  leadAdverb: /^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|next|then|finally|lastly|also|instead|simply|just|now|so|and|but|or|plus|otherwise|again|of course|above all|most importantly|in short|in other words|for example|for instance|to start|to begin(?: with)?|at first|at the same time|meanwhile|additionally|similarly|likewise|ultimately|basically|really|please|overall|all in all|in addition|if possible|whenever possible|where possible|when in doubt|as always)\b[,:]?\s+/i,
  /** A leading subordinate clause before the main verb (If/When/Before … ,). */
  leadClause: /^(?:if|when|whenever|before|after|once|while|until|as soon as|as long as|in order to|to|for|during|whether|since|because|although|though|even if|unless|by|with|on|at|in)\b[^,;]{1,90},\s+/i,
  /** Subject + modal that precede the verb of advice ("You should", "You'll want to"). */
  modalLead: /^(?:you|we|i)\s+(?:should|must|need to|have to|ought to|might want to|may want to|will want to|want to|can|could|might|may)\s+(?:also\s+|always\s+|definitely\s+|really\s+)?|^you[’']ll (?:want|need) to\s+|^(?:it[’']s|it is) (?:a good idea|important|essential|crucial|vital|wise|best|worth it|helpful|smart|key) to\s+|^(?:make sure|be sure|remember|don[’']t forget) (?:to|that you)\s+|^try to\s+|^(?:the (?:key|trick|goal|secret) is to)\s+/i,
  /** Modal leads that are advice in themselves (counted as a stronger reason). */
  adviceLead: /^(?:you (?:should|must|need to|have to|ought to|might want to|may want to|will want to)|you[’']ll (?:want|need) to|it[’']s (?:a good idea|important|essential|crucial|wise|best|smart|key) to|it is (?:a good idea|important|essential|crucial|wise|best) to|make sure|be sure|remember to|don[’']t forget|try to|the (?:key|trick|goal|secret) is to)\b/i,
  /** Prohibitions that keep their negation in the to-do ("Don't be afraid …", "Never …", "Avoid …"). */
  negativeLead: /^(?:don[’']t|do not|never|avoid|stop|quit|resist)\b/i,
  /** Words that show the first word was a noun, not an imperative ("Work is…", "Lists can…"). */
  notImperativeNext: /^\S+\s+(?:is|are|was|were|has|have|had|can|could|will|would|may|might|must|should|shows|says|said|does|did|means|seems|gets|makes|takes|comes|goes|of|and I|i|he|she|they|it)\b/i,
  /** Calls to action, navigation and share bars ("Subscribe to our newsletter", "Read more"). */
  callToAction: /\b(?:subscribe|sign up|sign in|log ?in|register|read more|learn more|see more|view more|click|tap here|skip to|share (?:this|on|via)|follow us|get started|try (?:it )?(?:for )?free|free trial|book a demo|download|print|buy now|shop now|order now|add to cart|contact us|join (?:us|our|now)|apply now|newsletter|our team|we[’']re hiring|open positions|leave a (?:comment|reply)|comment|tweet|pin it|email this|see (?:open|all)|check out (?:our|the|this)|watch (?:the|our) video|listen to|enter your|advertis\w*|sponsored|cookies?|privacy|terms of|next article|previous|back to top|related)\b/i,
  /** First person singular: a personal resolution or story ("Finish my training"), not advice to the reader. */
  firstPerson: /\b(?:my|me|mine|myself|i|i[’']m|i[’']ve|i[’']ll)\b/i,
  /** Sentences about the article itself ("Read on to find out", "Here's how"). */
  meta: /^(?:see|look|check out) (?:how|at|these|this|what|more|even)\b|\bread on\b|\bkeep reading\b|\bscroll down\b|\bthis (?:article|post|guide)\b|\bin this (?:article|post|guide)\b|\bbelow\b|\bhere[’']s how\b|\bhere are\b|\blet[’']s (?:look|take a look|dive|explore|get started)\b|\bfind out\b|\bsee (?:below|above)\b|\bas mentioned\b/i,
  /** Section headings over reasons, benefits or examples: list items there explain, not instruct. */
  reasonHeading: /\b(?:why|reasons?|benefits|advantages|disadvantages|pros|cons|causes|signs|symptoms|examples?|features|what is|history|background|results?)\b/i,
  /** Headings that organise the page, not instruct (Conclusion, Related, Comments). */
  structuralHeading: /^(?:conclusion|summary|introduction|overview|related|comments?|references|sources|about|share|tags|final thoughts|bottom line|the bottom line|faq|table of contents|contents|you might also like|more from|popular|trending|recommended)\b/i,
  /** Cut a to-do at a clause boundary that starts a separate thought. */
  clauseCut: /\s*(?:;|\s[—–]\s|\s-\s|:\s|\.\s|!\s|\?\s|\s\(e\.g\.|\(|,\s(?:which|because|since|as|so that|but|and then|otherwise|unless|even if|whether|especially|such as|including|like)\b)/i,
} as const;

/**
 * Base-form verbs that open imperative sentences in tips and how-to pages. Kept to common ones:
 * a bigger list costs bundle size and catches nouns ("Design", "Work") more often.
 */
export const EN_IMPERATIVE_VERBS = new Set(
  (
    'accept acknowledge act add address adjust admit adopt allow apply appreciate approach ask assess assume attach attend ' +
    'avoid be become begin believe block book break breathe bring build buy calculate call calm cancel care carry catch celebrate ' +
    'challenge change check choose clarify clean clear close collect combine come commit communicate compare compliment compromise ' +
    'concentrate confirm connect consider consult contact continue contribute control convert cook count cover craft create cultivate cut ' +
    'deal decide declutter define delegate delete deliver demonstrate describe design determine develop dig discover discuss dive do ' +
    'document double-check download drink drop ease eat educate eliminate embrace emphasize empower encourage engage enjoy ensure establish ' +
    'estimate evaluate examine exercise expand expect experiment explain explore express face fill find finish fix focus follow forget forgive ' +
    'frame gather get give go grab grow guide hang have help highlight hire hold identify ignore imagine implement improve include increase ' +
    'insert insist inspect install invest invite involve join jot keep kill know label laugh lay lead learn leave let limit list listen live ' +
    'locate look lower maintain make manage map mark master measure meet mention mind minimize mix monitor move name negotiate network note ' +
    'notice normalize observe offer open opt order organize own pack pair pause pay pick place plan plant play plug point practice practise ' +
    'praise prepare present preserve prevent prioritize protect prove provide pull purchase push put question quit raise reach react read ' +
    'realize rearrange recognize record reduce reflect refuse relax release rely remain remember remind remove rent repeat replace report ' +
    'request research reserve resist respect respond rest restart rethink return review revise reward rinse save schedule search secure see ' +
    'seek select sell send separate set settle share shift shop show shut sign simplify sit skip sleep slow smile soak solve sort speak spend ' +
    'split spray spread stand start state stay step stick stop store stretch study submit suggest support surround swap switch take talk tell ' +
    'test thank think throw tie track trade train transfer treat trust try turn understand unplug update upgrade use validate value verify ' +
    'visit volunteer wait walk wash watch water wear weigh withdraw work write'
  ).split(' '),
);
