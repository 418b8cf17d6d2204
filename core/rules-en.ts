/**
 * Every regular expression for English pages, in one table, plus the base-form verbs that start
 * imperative sentences. Derived from how tips articles, how-tos and advice columns phrase steps.
 */
export const EN = {
  /** Sentence: up to . ! ? followed by space and a capital/quote, or a line. */
  sentenceEnd: /(?<=[.!?]["”’')]?)\s+(?=["“‘(]?[A-Z0-9])|\n+/,
  /** Title words of advice articles. */
  adviceTitle: /\bhow to\b|\btips?\b|\bways? to\b|\bsteps?\b|\bguide\b|\bwhat to do\b|\bshould\b|\bmistakes?\b|\bstrategies\b|\bchecklist\b|^\s*\d+\s|\b\d+ (?:things|ways|tips|rules|habits|secrets|signs|lessons|mistakes|ideas|reasons)\b|\bdos and don.?ts\b|\badvice\b|\bhacks?\b|\bsecrets?\b|\bdon.?t\b|\bnever\b|\bavoid\b|\blessons\b|\bhabits\b|\brules\b|\bhow (?:i|you|we)\b|\bbest practices\b|\bwhat not to\b|\bdear\b/i,
  /** Markers of instructions in running text (the cheap gate counts them). */
  adviceMarker: /\byou should\b|\bmake sure\b|\bbe sure to\b|\bdon[’']t\b|\bremember to\b|\btry to\b|\bavoid\b|\bconsider\b|\bnever\b|\balways\b|\byou(?:[’']ll)? (?:need|want) to\b|\binstead\b|\byour\b/gi,
  /** Work and careers vocabulary (career scope). */
  career: /\b(?:career|careers|job|jobs|interview|interviews|resume|résumé|boss|manager|managers|management|salary|workplace|colleague|colleagues|coworkers?|co-workers?|client|clients|customers?|employer|employees?|hiring|hire|promotion|business|office|team|teams|leader|leadership|engineer|engineers|engineering|professional|work|working|meeting|meetings|sales|startup|entrepreneur|company|companies|marketing)\b/gi,

  /** List prefixes before the words (Step 3:, 3., bullets). */
  listPrefix: /^\s*(?:(?:step|tip|rule|lesson|mistake|way|secret|no\.?|#)\s*\d+\s*[:.)\-–—]?\s*|\d+\s*[.):\-–—]\s*|[•●■◆▶►✓✔*\-–—]\s*)/i,
  /** A short label before the sentence ("Pro tip: …", "DEAR READER: …", "Note: …"). */
  labelPrefix: /^[A-Z][^:.!?"“]{0,30}:\s+(?=\S)/,
  /** Leading adverbs and connectives that do not belong to the to-do. */
  leadAdverb: /^(?:however|therefore|besides|anyway|that said|with that said|in fact|always|first(?:ly)?|second(?:ly)?|third(?:ly)?|next|then|finally|lastly|also|instead|simply|just|now|so|and|but|or|plus|otherwise|again|of course|above all|most importantly|in short|in other words|for example|for instance|to start|to begin(?: with)?|at first|at the same time|meanwhile|additionally|similarly|likewise|ultimately|basically|really|please|overall|all in all|in addition|if possible|whenever possible|where possible|when in doubt|as always)\b[,:]?\s+/i,
  /** A leading subordinate clause before the main verb (If/When/Before … ,). */
  leadClause: /^(?:if|when|whenever|before|after|once|while|until|as soon as|as long as|as|like|in order to|to|for|during|whether|since|because|although|though|even if|even though|unless|by|with|on|at|in|instead of|rather than)\b[^,;]{1,90},\s+/i,
  /** Subject + modal that precede the verb of advice ("You should", "You'll want to"). */
  modalLead: /^(?:you|we|i)\s+(?:should|must|need to|have to|have (?:a|every) right to|ought to|might want to|may want to|will want to|want to|can|could|might|may)\s+(?:also\s+|always\s+|definitely\s+|really\s+)?|^you[’']ll (?:want|need) to\s+|^(?:it[’']s|it is) (?:a good idea|important|essential|crucial|vital|wise|best|worth it|helpful|smart|key) to\s+|^(?:make sure|be sure|remember|don[’']t forget) (?:to|that you)\s+|^make sure you\s+(?=[a-z])|^try to\s+|^take (?:the|some) (?:extra )?time to\s+|^(?:the (?:key|trick|goal|secret) is to)\s+/i,
  /** Modal leads that are advice in themselves (counted as a stronger reason). */
  adviceLead: /^(?:you (?:should|must|need to|have to|have (?:a|every) right to|ought to|might want to|may want to|will want to)|you[’']ll (?:want|need) to|it[’']s (?:a good idea|important|essential|crucial|wise|best|smart|key) to|it is (?:a good idea|important|essential|crucial|wise|best) to|make sure|be sure|remember to|don[’']t forget|try to|take (?:the|some) (?:extra )?time to|the (?:key|trick|goal|secret) is to)\b/i,
  /** Prohibitions that keep their negation in the to-do ("Don't be afraid …", "Never …", "Avoid …"). */
  negativeLead: /^(?:don[’']t|do not|never|avoid|stop|quit|resist)\b/i,
  /** Words that show the first word was a noun, not an imperative ("Work is…", "Lists can…"), or a scene to imagine ("Imagine you're…", "Put yourself in the shoes of…"). */
  notImperativeNext: /^consider the (?:man|woman|person|people|case|example|story|fact)\b|^(?:imagine|picture|suppose) (?:you(?:[’']re| are)?|that|if)\b|^put yourself in (?:\S+\s+){0,6}?shoes\b|^(?:have|has) (?:\w+ed|been|seen|done|made|had|gone|got|gotten|taken|given|found|known|heard)\b|^\S+:|^\S+\s+(?:is|are|was|were|has|have|had|can|could|will|would|may|might|must|should|shows|says|said|does|did|means|seems|gets|makes|takes|comes|goes|of|and I|i|he|she|they)\b/i,
  /** A noun subject, then an auxiliary within two words ("Search engines also look …", "Work hours will …"): a statement. */
  statementShape: /^\S+(?:\s+(?!(?:what|who|whom|that|which|you|it|they|he|she|we|whatever|how|where|when|if|as|so|there|this|these|those|everything|anything|someone|something|others|people|to|and|or|sure|a|an|the|your|some|any|each|every|all|more|less|no|one|two|three)\b)[a-z]+){1,2}\s+(?:will|would|can|could|may|might|must|is|are|was|were|has|have|had|also|often|usually)\b/i,
  /** A comparison of options ("Credit card vs no credit card"): a choice to test, not a step. */
  comparison: /\bvs\.?(?=\s)|\bversus\b/i,
  /** Calls to action, navigation and share bars ("Subscribe to our newsletter", "Read more"). */
  callToAction: /\bwww\.|https?:|[\w.]+@[\w-]+\.\w|\bp\.?\s?o\.? box\b|\b(?:subscribe|sign up|sign in|log ?in|register|read more|learn more|see more|view more|click|tap here|skip to|share (?:this|on|via)|follow us|get started|try (?:it )?(?:for )?free|free trial|book a demo|download|print|buy now|shop now|order now|add to cart|contact us|join (?:us|our|now)|apply now|newsletter|our team|we[’']re hiring|open positions|leave a (?:comment|reply)|comments? (?:below|section|policy)|post a comment|tweet|pin it|email this|see (?:open|all)|check out (?:our|the|this)|watch (?:the|our) video|listen (?:to (?:the|our|this) (?:podcast|episode|show)|now)|enter your|advertis\w*|sponsored|cookies?|privacy policy|terms of|next article|previous (?:post|article|page|story)|back to top|related (?:posts?|articles?|stories|reading|content))\b/i,
  /** First person singular: a personal resolution or story ("Finish my training"), not advice to the reader. */
  firstPerson: /\b(?:my|me|mine|myself|i|i[’']m|i[’']ve|i[’']ll)\b/i,
  /** Sentences about the article itself ("Read on to find out", "Here's how"), or restating an earlier point ("As explained above, …"). */
  meta: /^(?:see|look|check out) (?:how|these|this|what|more|even|at (?:this|these|how|what|the (?:photo|picture|image|video)s?))\b|\bread on\b|\bkeep reading\b|\bscroll down\b|\bthis (?:article|post|guide)\b|\bin this (?:article|post|guide)\b|\bbelow\b|\bhere[’']s how\b|\bhere are\b|\blet[’']s (?:look|take a look|dive|explore|get started|be (?:clear|honest|real)|face it)\b|\bfind out\b|\bsee (?:below|above)\b|\bas mentioned\b|^as (?:explained|discussed|noted|described|stated|said|shown) (?:above|earlier|before|previously)\b|^take a look at (?:the|our) (?:[\w-]+ ){0,4}(?:section|page|series|category)\b/i,
  /** A heading asking the reader to work something out ("See How Much Time You Spent …"). */
  workOutHeading: /^(?:see|find out|figure out|work out) how (?:much|many|long)\b/i,
  /** First words that cannot open a step heading (determiners, pronouns, question words, prepositions). */
  notStepLead: /^(?:the|a|an|your|my|our|their|his|her|its|this|these|that|those|why|what|how|when|where|who|which|whose|is|are|was|were|do|does|did|can|will|it|i|you|we|they|he|she|there|here|more|most|less|some|all|no|not|in|on|at|for|of|with|by|from|to|and|or|but|if|one|each|every|other|another|new|old|best|top|bonus|final|extra)\b/i,
  /** Section headings over reasons, benefits or examples: list items there explain, not instruct. */
  reasonHeading: /\b(?:why|reasons?|benefits|advantages|disadvantages|pros|cons|causes|signs|symptoms|examples?|features|what is|history|background|results?)\b/i,
  /** A slide counter heading ("34/50 Car sales lift in Europe"): a picture gallery set into the page, not the article's steps. */
  galleryHeading: /^\s*\d{1,3}\s*\/\s*\d{1,3}\s+\S/,
  /** Headings that organise the page, not instruct (Conclusion, Related, Comments). */
  structuralHeading: /^(?:conclusion|summary|introduction|overview|related|comments?|references|sources|about|share|tags|final thoughts|bottom line|the bottom line|faq|table of contents|contents|you might also like|more from|popular|trending|recommended)\b/i,
  /** "Let's …" proposes an action to the reader ("Let's forget about being late"). */
  letsLead: /^let[’']s\s+/i,
  /** "The most important lesson I learned is to …": the action follows "is to". */
  isToLead: /^(?:the|my|our|one|a) (?:[\w’'-]+ ){0,3}(?:lesson|thing|step|tip|advice|key|trick|goal|secret|rule|way|solution|answer|idea|task|move|priority|suggestion|recommendation)\b[^.;:]{0,40}? is (?:to|that you)\s+(?=[a-z])/i,
  /** "Your best bet is a satin ribbon", "The safest option is to call ahead": a recommendation of a thing or an action. */
  bestBetLead: /^(?:your|the|my|our) (?:best|safest|easiest|cheapest|simplest) (?:bet|option|choice|move)\s*,?\s+is\s+(?=(?:to|a|an|the)\s)/i,
  /** Reported advice in news-style pieces ("He advised stuffing the peephole …", "She recommends calling …"). */
  reportedAdvice: /\b(?:advis|recommend|suggest|urg)(?:es|ed|s|e)?\s+(?:(?:that\s+)?you\s+(?=[a-z])|(?=[a-z]+ing\b))/i,
  /** A lead manner adverb before the verb ("Gently place …", "Discreetly take …"). */
  lyAdverb: /^([a-z]+ly),?\s+(?=[a-z])/i,
  /** Where an imperative clause starts inside a sentence ("…, so watch for …", "…; leave the bag …"). */
  innerClause: /(?:,?\s+so|;|\s?[—–]|,)\s*(?=[a-z])/gi,
  /** Sentences that start with a subordinate clause, so their main clause may be an imperative after a comma. */
  subordinateStart: /^(?:if|when|whenever|before|after|once|while|until|as soon as|as long as|in order to|to|for|during|whether|since|because|although|though|even if|even though|unless|by|with|on|at|in|instead of|rather than|since|given|using|no matter)\b/i,
  /** An elliptical hedge ("… in the attic if there is one", ", if possible,"): it tells the reader nothing to do, so a to-do leaves it out. */
  hedgeCondition: /,\s+if (?:there (?:is|are) (?:one|any)|any|possible|necessary|needed|required|applicable|desired|you (?:like|wish|want|prefer)),(?=\s)|,?\s+if (?:there (?:is|are) (?:one|any)|any|possible|necessary|needed|required|applicable|desired|you (?:like|wish|want|prefer))(?=[,.;!]|$)/gi,
  /** Words a cut to-do must not end with ("… being careful not"): the cut fell mid-phrase. */
  danglingEnd: /(?:\s+(?:a|an|the|to|of|and|or|but|not|so|in|on|at|for|with|by|from|into|your|you|that|which|who|as|if|when|than|then|being|is|are|be|any|all|more|some))+$/i,
  /** A caption that ends with its photographer's name in brackets ("Attach moss. (Ann Lee)"), case-sensitive. */
  captionCredit: /[.!]\s*\((?:[A-Z][\w’'.-]+\s){1,2}[A-Z][\w’'-]+\)$/,
  /** Quoted words inside a sentence or heading (“Should I buy this?”): someone's words, not the writer's. */
  quoted: /[“"][^“”"]{1,80}[”"]/g,
  /** A verb and only a pronoun or adverb after it ("Think about it", "Stop now"), or a pointer and one noun ("Search these spots"): a fragment. */
  emptyTodo: /^(?:don[’']t\s+|do not\s+)?\S+(?:\s+(?:about|at|with|to|on|of|for))?\s+(?:it|this|that|them|now|again|here|there|so|too|more|less|today|first|later|up|out)$|^\S+\s+(?:these|those)\s+\S+$/i,
  /** Ends on a lower-case pointer back ("… questions that address that"); a title such as "Tinker With This" is not one. */
  endsOnPointer: /\s(?:that|this)$/,
  /** A feeling or a manner, not a step ("Be happy that you …", "Be upset at …", "Be as accurate as possible"). */
  feelingTodo: /^(?:try to )?be (?:as \w+ as (?:possible|you can)\b|(?:really |very |so )?(?:happy|glad|grateful|thankful|upset|angry|mad|sad|proud|sorry|relieved|excited)\b)/i,
  /** Where a to-do names its source, not its object ("… crates with this tutorial from …", "… with this cute DIY holder"): cut there. */
  sourceTail: /\s+(?:with|from|using|via|following|in)\s+(?:this|these)\s+(?:(?:[\w’'-]+\s+){0,3}?(?:tutorials?|instructions|templates?|patterns?)|(?:[\w’'-]+\s+){0,4}?diy)\b.*$/i,
  /** A lead clause that is only a condition ("If no one is visible"): kept with the to-do when short (todo-en). */
  shortCondition: /^if\s+[^,;]+$/i,
  /** A modal left after "… is that you" ("have to be confident"). */
  bareModal: /^(?:have to|need to|should|must|ought to)\s+(?=[a-z])/i,
  /** "Start by paying off …": the action is the gerund ("Pay off …"). */
  startByLead: /^(?:start|begin) by ([a-z]+ing)\b/i,
  /** Photo and image credits under pictures ("Mark Metcalfe/Getty Images"). */
  credit: /\b(?:getty|shutterstock|istock|unsplash|pexels|alamy|images?:|photo(?:graph)?s? (?:by|courtesy|credit)|image (?:by|source|credit)|courtesy of)\b|\/\s*(?:getty|shutterstock|istock)/i,
  /** "Get our …", "Check out our …": the publisher promoting itself. */
  ownPromo: /^\S+(?:\s+\S+){0,3}\s+our\b/i,
  /** "Remember that …", "Keep in mind that …": a fact to bear in mind, not something to do. */
  reminderOfFact: /^(?:remember|know|realize|realise|note|keep in mind|bear in mind|understand|recognize|recognise|accept) that\b|^(?:remember|keep in mind|bear in mind) (?:what|how|why|where|who)\b/i,
  /** A pronoun that itself points back ("If it was a gift, mark it …"): the lead clause does not say what "it" is. */
  pronounSubject: /\b(?:it|they|this|these|that|those)\b/i,
  /** The verb's object points back ("Choose ones that …", "Search these spots", "Do it"): an elaboration of the previous sentence, not a to-do on its own. */
  pronounObject: /^(?:don[’']t\s+|do not\s+|never\s+)?\S+\s+(?:(?:this|these|those|them|ones?|their|such)\b(?!\s+(?:is|are|was|were)\b)|it\b(?!\s+(?:\w+ly|easy|slow|simple|short|small|seriously|personally|up|off|out)\b))|^\S+(?:\s+\S+)?\s+it$/i,
  /** The verb's object is "ones" or "it all" ("Choose ones that multitask", "Add it all together"): it never names what to take. */
  vagueObject: /^\S+\s+(?:ones|it all|them all)\b/i,
  /** A pointer to the article's own tips, pictures or tutorials ("Use these nursery ideas …", "… with these tips"). */
  selfReference: /\b(?:these|this|those|our|the following|the above) (?:[\w-]+ ){0,2}(?:tips|ideas|tricks|steps|hacks|suggestions|strategies|methods?|tutorials?|videos?|posts?|articles?|guides?|lists?|photos?|pictures?|examples?)\b/i,
  /** Sections listing things not to say ("What Not to Say to a New Mom", "Never say these in an interview"). */
  dontSaySection: /\b(?:not|never) to (?:say|ask|tell)\b|\bdon[’']t (?:say|ask)\b|\bnever (?:say|ask)\b|\bthings to (?:never|not) say\b/i,
  /** A maxim quoted as advice ("The best advice I ever got is: “Be the thermostat.”"): the quotation is the to-do. */
  quotedMaxim: /\b(?:advice|motto|mantra|maxim|rule of thumb)\b[^“”"]{0,50}?\b(?:is|was)\s*:?\s*[“"]([^“”"]{3,120}?)[.!]?[”"]$/i,
  /** A block that is one quotation and nothing else (“Birth moms are just lazy.”). */
  quotedLine: /^[“"]([^“”"]{3,160})[”"]$/,
  /**
   * Cut a to-do at a clause boundary that starts a separate thought. A participle clause (", making the move
   * easier") is one, except a participle of caution (", taking care not to …", ", being careful not to …"): it says how
   * to do the step, and how-tos put their warnings there.
   */
  clauseCut: /\s*(?:,\s(?!(?:being (?:careful|sure)|taking (?:care|into (?:account|consideration))|making sure)\b)[a-z]+ing\b|;|\s?[—–]\s?|\s-\s|:\s|(?<!\b(?:vs|e\.g|i\.e|etc|approx|Mr|Mrs|Ms|Dr|St))\.\s|!\s|\?\s|\s\(e\.g\.|\(|,\s(?:which|because|since|as|so that|but|and then|otherwise|unless|even if|whether|especially|such as|including|like)\b)/i,
  /** Vague to-dos that elaborate a tip rather than name a step ("Be honest …", "Think about it", "Make sure you …"). */
  vagueTodo: /^(?:be|think|stop|make sure you|take a (?:good )?look)\b|\b(?:it|this|that|them)\b/i,
  /** A paragraph to-do that elaborates its heading's tip: a manner or a pointer back ("Be thorough …", "Make sure your customers can …"). */
  elaboration: /^(?:be|think|stop|make sure (?!to\b)|take a (?:good )?look)\b/i,
  /** A pronoun that points back to what the heading named ("Choose ones that …", "… substituting it with …"). */
  pointsBack: /\b(?:it|this|them|ones|these|those)\b|\byour own(?= (?:from|or|with|using|and|by)\b|$)/i,
  /** Words that say nothing about a to-do's topic, left out when comparing a to-do with its heading. */
  functionWord: /^(?:the|and|for|with|your|you|yours|that|this|these|those|from|into|about|what|when|how|more|some|any|all|out|its|their|them|are|can|will|not|don|make|get|use|take|have|one|own)$/,
  /** Words compared between a to-do and its heading, and the endings folded first ("solutions" ~ "solution"). */
  contentWord: /[a-z]{3,}/g,
  wordSuffix: /(?:es|s|ing|ed)$/,
} as const;

export { EN_IMPERATIVE_VERBS } from './en-verbs';

// ---- Page detection (advice-gate / verdict owner): kept apart from the item rules above. ----
export const EN_DETECT = {
  /**
   * More work and business vocabulary for the career check, beyond EN.career: writing,
   * marketing and SEO trades and the words of projects and skills.
   */
  careerMore: /\b(?:seo|marketers?|copywrit\w*|writers?|freelanc\w*|productivity|revenue|profits?|brand(?:ing)?|strateg(?:y|ies)|stakeholders?|deadlines?|projects?|portfolio|linkedin|negotiat\w*|skills?|recruit\w*|profession|industry|audience|conversions?|kpis?|content marketing|blog posts?)\b/gi,
  /** First person singular, counted (essays, diaries, personal resolutions talk about the writer). */
  firstPerson: /\b(?:i|my|me|mine|myself|i[’']m|i[’']ve|i[’']ll|i[’']d)\b/gi,
} as const;
