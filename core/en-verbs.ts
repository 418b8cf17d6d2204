/**
 * Base-form English verbs that open imperative sentences ("Keep a record", "Paint the ceiling").
 * A general list of common verbs (household, work, money, health, writing, people), not words
 * picked from any one page. Words that are far more often nouns or statements at the start of a
 * sentence ("Time", "Matter", "Need", "Lack", "Free", "Double", "Welcome") are left out on purpose: a bigger list
 * catches headings like "Design trends" more often, and the other rules must then reject them.
 */
const VERBS =
  'accept access accommodate accomplish achieve acknowledge acquire act adapt add address adjust admit adopt advance advise advocate ' +
  'affirm afford agree aim alert align allocate allow alter alternate analyse analyze anticipate apologise apologize appeal apply appoint ' +
  'appreciate approach approve arrange ask assemble assert assess assign assist assume attach attempt attend attract audit automate avoid ' +
  'bake balance bargain bathe be beat become begin behave believe bend beware block blend boil bond book boost borrow bounce brainstorm ' +
  'break breathe brew bring browse brush budget build bundle burn bury buy calculate call calm cancel capture care carry carve catch ' +
  'celebrate center centre challenge change charge chat check cheer chew choose chop circle claim clarify clean cleanse clear climb clip ' +
  'close coach collaborate collect colour color comb combine come comfort commit communicate compare compete complete compliment compose ' +
  'compromise concentrate condition conduct confess confirm confiscate confront connect conserve consider consolidate consult consume ' +
  'contact continue contribute control convert convey convince cook cool coordinate cope copy correct count cover craft create credit criticize ' +
  'cross crush cultivate curate curb customise customize cut dance dare deal debate decide declare declutter decline decorate decrease ' +
  'dedicate defend defer define delay delegate delete deliver demand demonstrate deposit describe design detach detect determine develop ' +
  'devote dial dig dim direct disable disagree disconnect discover discuss dismiss display dispose dissolve distinguish distribute dive ' +
  'divide do document donate double-check drain draw dress drink drive drop dry dust earn ease eat edit educate elevate eliminate ' +
  'email embrace emphasise emphasize employ empower empty enable encourage end endorse enforce engage enhance enjoy enlist enrol enroll ensure ' +
  'enter entertain equip erase establish estimate evaluate examine exchange exercise expand expect experiment explain explore expose ' +
  'express extend face facilitate factor familiarise familiarize fasten favour favor feed fetch fight figure file fill filter finalise ' +
  'finalize find finish fit fix flag flip floss flush focus fold follow forget forgive form format formulate foster frame freeze fry fuel ' +
  'gain gather gauge get give glue go grab grant greet grind grip grow guard guess guide halt handle hang harness have heal hear heat help ' +
  'hide highlight hire hold hook host hug hunt hurry identify ignore illustrate imagine implement improve include incorporate increase ' +
  'indulge inform initiate inquire insert insist inspect inspire install instruct insure integrate interact interview introduce invest ' +
  'investigate invite involve iron isolate join jot judge jump justify keep kick kill kiss knit knock know label laugh launch lay lead lean ' +
  'learn lease leave lend let leverage lift limit link list listen live load locate lock look loosen lose love lower maintain make manage ' +
  'map mark master match maximise maximize measure meditate meet melt memorise memorize mend mention mentor merge mind minimise minimize ' +
  'mix modify monitor motivate mount move mute name narrow navigate negotiate network nominate normalise normalize note notice notify ' +
  'nurture obey observe obtain offer open operate opt optimise optimize order organise organize outline outsource overcome own pack paint ' +
  'pair park participate partner pass paste pat pause pay peel perform persuade phone pick pin pitch place plan plant play pledge plug ' +
  'point polish ponder post postpone pour practice practise praise pray preheat prepare present preserve press prevent prioritise ' +
  'prioritize proceed produce promise promote proofread propose protect prove provide prune publish pull pump purchase pursue push put ' +
  'qualify question quit quote raise rank rate reach react read realize rearrange reassess rebuild recall receive recharge recognise recognize recommend ' +
  'reconnect reconsider record recover recruit recycle redirect reduce refer refine reflect reframe refresh refuse reheat reinforce ' +
  'reject relax release relieve rely remain remember remind remove rename renew rent reorganise reorganize repair repeat rephrase replace ' +
  'reply report repurpose request research reserve reset resign resist resolve respect respond rest restart restore restrict rethink ' +
  'retire return reuse reveal review revise revisit reward rewrite ride rinse roll rotate rub run sand save say scan schedule scrape ' +
  'scratch scrub seal search season secure see seek select sell send separate serve set settle sew shake shape share sharpen shift shop ' +
  'shorten shortlist show shower shred shrink shut sign simplify sing sip sit sketch skip sleep slice slide slow smile snap soak soften ' +
  'solve sort speak specify speed spend spin split spot spray spread squeeze stack stand staple start state stay steam steer step stick ' +
  'stir stop store straighten strengthen stress stretch strip strive stuff structure study submit substitute suggest summarise summarize supervise ' +
  'supply support surround survey swap sweep switch tackle tag take talk tap tape target taste teach tell tend test thank think throw ' +
  'tidy tie tighten toss touch track trade train transfer transform translate trash travel treat trim trust try tune turn tweak uncover ' +
  'understand undo unfollow uninstall unlock unpack unplug update upgrade upload upsell use utilise utilize vacuum validate value verify ' +
  'visit visualise visualize volunteer wait wake walk warm warn wash watch water wear weigh whisk widen win wipe withdraw work ' +
  'wrap write';

export const EN_IMPERATIVE_VERBS: ReadonlySet<string> = new Set(VERBS.split(' '));
