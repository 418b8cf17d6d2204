import { describe, expect, it } from 'vitest';
import { isCaptionEn, pairOfSentenceEn, todoOfQuotedLineEn, todoOfSentenceEn } from '../../core/todo-en';
import { isBoldNumberedHeadingEn, todoOfHeading } from '../../core/todo-heading';
import { splitSentences } from '../../core/sentences';
import { parsePage } from '../../scripts/load-page';
import { analyzePage } from '../../core/analyze-page';
import { fixtureDoc } from './fixture';
import { dedupe } from '../../core/dedupe';
import type { Candidate } from '../../core/extract-items';

describe('English sentences that ask for something', () => {
  it.each([
    ['Keep a written record of each call.', 'Keep a written record of each call'],
    ['You should update your resume every year.', 'Update your resume every year'],
    ['Make sure to back up your files before you leave.', 'Back up your files before you leave'],
    // "Make sure you X" frames X like "make sure to X"; "make sure your …" is not that frame.
    ['Make sure you label every box before the move.', 'Label every box before the move'],
    ['If the client shouts, stay calm and listen.', 'Stay calm and listen if the client shouts'],
    // A short "if" condition moves after the verb; a long one, or a "when", is cut.
    ['If you cannot find the receipt anywhere in the house, call the store.', 'Call the store'],
    ['When the client shouts, stay calm and listen.', 'Stay calm and listen'],
    ["Don't be afraid to make mistakes.", "Don't be afraid to make mistakes"],
    ['First, ask your manager for feedback; it helps more than you think.', 'Ask your manager for feedback'],
    ["It's a good idea to write down your goals.", 'Write down your goals'],
    ['Step 3: Soak the foam in water until it sinks.', 'Soak the foam in water until it sinks'],
    // Lead manner adverb kept, verb after it.
    ['Carefully fold the letter in three.', 'Carefully fold the letter in three'],
    // "Let's X" and "… is to X" frames hand the action to the reader.
    ["Let's put the phone away during dinner.", 'Put the phone away during dinner'],
    ['The best lesson I learned is to ask for help early.', 'Ask for help early'],
    ['My advice is to take notes in every meeting.', 'Take notes in every meeting'],
    // Reported advice: a gerund or "you + verb" after advises/recommends/suggests.
    ['The coach recommends stretching for ten minutes before a run.', 'Stretch for ten minutes before a run'],
    ['She suggests you book the venue a month ahead.', 'Book the venue a month ahead'],
    ['He advised stuffing the gaps with newspaper.', 'Stuff the gaps with newspaper'],
    // "Take the time to X" frames X, also inside another frame.
    ['Take the time to read the whole contract.', 'Read the whole contract'],
    ['My advice is to take the extra time to compare three quotes.', 'Compare three quotes'],
    // "However" is a connective, not part of the to-do; a title that ends in "This" is not a pointer back.
    ['However, be sensitive when you ask about money.', 'Be sensitive when you ask about money'],
    ['Build the shelf with the plans from Make It Like This.', 'Build the shelf with the plans from Make It Like This'],
    // An imperative main clause after a comma, "so" or ";".
    ['The paint dries fast in the sun, so work in the shade.', 'Work in the shade'],
    ['If the meeting runs late, as it often does, send a short summary.', 'Send a short summary if the meeting runs late'],
    // The pronoun's meaning sits in the sentence's own lead clause.
    ['If a shirt no longer fits, give it to a friend.', 'Give it to a friend if a shirt no longer fits'],
    // "Always" is a lead adverb; a participle clause after a comma is cut off.
    ['Always label the boxes, making the move easier.', 'Label the boxes'],
    // …but a participle of caution says how to do the step, and stays with it.
    ['Sand the edges, taking care not to round the corners.', 'Sand the edges, taking care not to round the corners'],
    ['Trim the stems, being careful not to crush the leaves.', 'Trim the stems, being careful not to crush the leaves'],
    // Verbs from the general list (not only the most common ones).
    ['Utilize the space under the bed.', 'Utilize the space under the bed'],
    // A short label before the sentence; an advice column's "you have a right to".
    ['Pro tip: Label every cable before you unplug it.', 'Label every cable before you unplug it'],
    ['You have a right to ask for the meeting notes.', 'Ask for the meeting notes'],
    // "Start by doing" names the action itself.
    ['Start by paying off the smallest loan.', 'Pay off the smallest loan'],
    // A warning about mixing two things up is not a comparison of options; "vs." does not end the clause.
    ['Lastly, do not mistake speed vs. accuracy: they differ.', 'Do not mistake speed vs. accuracy'],
    // A quoted question is somebody's words, not the writer's "I".
    ['Ask yourself "Do I really need this?" before you pay.', 'Ask yourself "Do I really need this?" before you pay'],
    // "Your best bet is …" recommends a thing to use or an action.
    ['Your best bet is a heavy cotton rope.', 'Use a heavy cotton rope'],
    ['The safest option is to call the hotel before you travel.', 'Call the hotel before you travel'],
    // A maxim quoted as advice is the to-do.
    ['The best advice my first manager gave me was: “Ask before you assume.”', 'Ask before you assume'],
    // The source of the instructions is cut, the action stays.
    ['Sew a simple tote bag with this tutorial from a craft blog.', 'Sew a simple tote bag'],
    ['Store your spices on the door with these easy DIY racks.', 'Store your spices on the door'],
    // An elliptical hedge ("if possible", "if there is one") is left out of the to-do.
    ['Ask a friend to proofread the letter, if possible, before you send it.', 'Ask a friend to proofread the letter before you send it'],
    ['Check the shed, the loft if there is one, and the garage for old tools.', 'Check the shed, the loft, and the garage for old tools'],
    // Cut at the word cap inside a last clause: the stub ("…, or remove") goes too.
    ['Block social media sites during the hours when you plan to work hard, or remove the apps from your phone.', 'Block social media sites during the hours when you plan to work hard'],
  ])('%s → %s', (sentence, text) => expect(todoOfSentenceEn(sentence)?.text).toBe(text));

  it.each([
    ['Subscribe to our newsletter.', 'call to action'],
    ['Read on to find out what works.', 'meta'],
    ['As explained above, keep the intro short.', 'restates a point made earlier'],
    ['Sign up for free today!', 'call to action'],
    ['Her motto was: “I never give up.”', 'a quoted maxim that is no to-do'],
    ['Work is a big part of life.', 'noun, not a verb'],
    ['Should you ask for a raise?', 'question'],
    ['The council approved the budget on Tuesday.', 'report'],
    ['Finish my Python training.', 'first person: a resolution'],
    ['Explore.', 'one word'],
    ['Look how tall the walls look in this photo.', 'pointer to a picture'],
    ['Here are the steps:', 'ends with a colon'],
    ['Choose ones that fold flat.', 'object points back to the previous sentence'],
    ['Search these spots.', 'object points back to the previous sentence'],
    ['Remember that nobody is perfect.', 'a fact to keep in mind'],
    ['Search engines also look at how often you publish.', 'noun subject then an auxiliary'],
    ['Credit card vs no credit card', 'a comparison of options'],
    ['Then, wait.', 'one word once the connective is gone'],
    ['Consider the woman who found a ring in her garden.', 'an example, not an action'],
    ['Use these simple ideas to brighten your desk.', "points to the article's own tips"],
    ['Learn French with our online course.', 'the publisher promoting itself'],
    ['Jane Doe/Getty Images', 'photo credit'],
    ['If it was broken, throw it away.', 'the lead clause does not say what "it" is'],
    ['Add it all together.', 'object points back to the previous sentence'],
    ['Write to the editor at help@example.com.', 'contact details'],
    ['Have seen the forecast?!', 'perfect tense, not a command'],
    ['“Work smarter” sounds easy.', 'a quoted phrase talked about'],
    ['Remember: it is fine to ask.', 'a label, then a statement'],
    ['Imagine you’re on a stage in front of a crowd.', 'a scene, not an action'],
    ['Put yourself in the shoes of a customer who has never heard of you.', 'taking a view, like "imagine", not an action'],
    ['Think about it.', 'a verb and a pronoun: a fragment'],
    ['Stop now.', 'a verb and an adverb: a fragment'],
    ['Try these tricks.', 'a pointer and one noun: a fragment'],
    ['When you shop for a small room, choose ones that fold flat.', '"ones" never names the things, even after a lead clause'],
    ['Once you have the price of each item, add it all together.', '"it all" never names the things, even after a lead clause'],
    ['List the questions that address that.', 'ends on a pointer back'],
    ['Be happy that the trip is paid for.', 'a feeling, not a step'],
    ['Try to be as accurate as possible.', 'a manner, not a step'],
    ['Keep your desk tidy with these tips from our editors.', "points to the article's own tips"],
    ['Remember what the salesman wants you to feel.', 'a fact to keep in mind'],
    ['Be sure to let them know the price dropped.', 'the framed action points back, and "Be sure" is no step on its own'],
    ['Take a look at the Money Basics section on budgeting.', 'a pointer to another part of the site'],
    ['Clients will ask you to write reports; join their calls; review their plans.', 'a series of what others ask, not a command'],
  ])('%s is not a to-do (%s)', (sentence) => expect(todoOfSentenceEn(sentence)).toBeNull());
});

describe('English sentence ends', () => {
  it('ends a sentence after a closing single quote', () => {
    expect(splitSentences("Say 'no thanks.' Nobody needs a reason.", 'en')).toEqual(["Say 'no thanks.'", 'Nobody needs a reason.']);
  });
});

describe('English headings', () => {
  it.each([
    ['1. Normalize Challenges', 'Normalize Challenges'],
    ['Step Outside Your Comfort Zone', 'Step Outside Your Comfort Zone'],
    // "I" inside a quoted question is not the writer speaking of themself.
    ['Develop a Personal "Can I Afford This?" Check', 'Develop a Personal "Can I Afford This?" Check'],
    // Asks the reader to work something out; not a pointer to a picture.
    ['See How Much Time You Spent on Meetings', 'See How Much Time You Spent on Meetings'],
  ])('%s → %s', (heading, text) => expect(todoOfHeading(heading, 'en')?.text).toBe(text));

  it.each(['Conclusion', 'Have you experienced these moments?', 'Related posts', 'Why it matters', 'Color'])('%s is not a to-do', (heading) =>
    expect(todoOfHeading(heading, 'en')).toBeNull(),
  );
});

describe('English lists', () => {
  const texts = analyzePage(fixtureDoc('en-label-list.html'), 'https://example.com/', { scope: 'all', budgetMs: 10_000 }).items.map((i) => i.text);

  it('takes the instruction in the explanation under a topic label', () => {
    expect(texts).toContain('Refresh the figures every Monday morning');
    expect(texts).toContain('Look at the median as well');
  });

  it('skips a list of noun phrases even when some of them start with a verb-like word', () => {
    expect(texts.some((t) => /tickets|visit count|churn/i.test(t))).toBe(false);
  });

  it('keeps a pronoun whose lead clause names it, drops one that only points back', () => {
    expect(texts).toContain('Fix it in the source sheet');
    expect(texts.some((t) => /suspect|compare them/i.test(t))).toBe(false);
  });
});

describe('quoted lines under a "what not to say" heading', () => {
  it.each([
    ['“You look tired today.”', 'Things Never to Say to a Coworker', 'Don\'t say “You look tired today”'],
    ['"When are you leaving?"', 'What not to ask a new hire', 'Don\'t ask “When are you leaving?”'],
  ])('%s under %s → %s', (line, section, text) => expect(todoOfQuotedLineEn(line, section)?.text).toBe(text));

  it('is not a to-do under any other heading, or when the line says more than the quote', () => {
    expect(todoOfQuotedLineEn('“You look tired today.”', 'How to greet a coworker')).toBeNull();
    expect(todoOfQuotedLineEn('“You look tired” is a common remark.', 'What not to say')).toBeNull();
  });
});

describe('paragraph to-dos per section', () => {
  const texts = analyzePage(fixtureDoc('en-tip-sections.html'), 'https://example.com/', { scope: 'all', budgetMs: 10_000 }).items.map((i) => i.text);

  it('drops a paragraph sentence that restates its to-do heading', () => {
    expect(texts).toContain('Plan Your Weekly Meals');
    expect(texts.some((t) => /^Plan your meals for the whole week/i.test(t))).toBe(false);
  });

  it('keeps at most three paragraph to-dos under one heading, short and concrete ones first', () => {
    expect(texts).toContain('Freeze leftovers in single portions');
    expect(texts.some((t) => /^(?:Be honest|Think about it|Take a good look)/.test(t))).toBe(false);
    const checkout = ['Leave the children at home when you can', 'Pay with cash', 'Skip the aisles you do not need', 'Put the sweets back on the shelf', 'Bring your own bags'];
    expect(checkout.filter((t) => texts.some((x) => x.startsWith(t)))).toHaveLength(3);
    expect(texts).toContain('Bring your own bags');
  });

  it('leaves short sections whole', () => {
    expect(texts).toContain('Buy store brands for staples like rice and flour');
  });
});

describe('English to-dos that say the same thing in other words', () => {
  const item = (text: string, position: number): Candidate => ({ text, kind: 'heading', quote: text, position, rule: 'test' });

  it('keeps the summary list item and drops the heading that restates it', () => {
    const items = dedupe([item('Choose your garden tools wisely', 0), item('Water the beds at dawn', 1), item('Choose Garden Tools Wisely', 2), item('Choose seeds for shade', 3)]);
    expect(items.map((i) => i.text)).toEqual(['Choose your garden tools wisely', 'Water the beds at dawn', 'Choose seeds for shade']);
  });

  it('keeps two to-dos that share only one word', () => {
    expect(dedupe([item('Label every jar', 0), item('Label the shelf edges', 1)])).toHaveLength(2);
  });
});

describe('a tips page with a summary list, captions and a story', () => {
  const texts = analyzePage(fixtureDoc('en-narrative-aside.html'), 'https://example.com/', { scope: 'all', budgetMs: 10_000 }).items.map((i) => i.text);

  it('drops a heading that restates a summary list item in fewer of its words', () => {
    expect(todoOfHeading('1. Maximize Cupboard Space', 'en')?.text).toBe('Maximize Cupboard Space');
    expect(texts).toContain('Use the space above the cupboards');
    expect(texts.some((t) => /Maximize/.test(t))).toBe(false);
  });

  it("skips a picture's caption that ends with its photographer's name", () => {
    expect(isCaptionEn('Stack the baskets two high. (Ann Lee)')).toBe(true);
    expect(isCaptionEn('Stack the baskets two high (about a metre).')).toBe(false);
    expect(texts.some((t) => /Stack the baskets/.test(t))).toBe(false);
  });

  it('skips the one imperative inside a long paragraph of story, keeps a short step paragraph', () => {
    expect(todoOfSentenceEn('Bake her bread on a cold morning.')?.text).toBe('Bake her bread on a cold morning');
    expect(texts.some((t) => /her bread/.test(t))).toBe(false);
    expect(texts).toContain('Choose a pot that also works as a mixing bowl');
    expect(texts).toContain('Mount the rail under a shelf');
  });

  it("compares a paragraph to-do with its heading's to-do, not with the heading's label", () => {
    expect(texts).toContain('Use Smart Hooks');
    expect(texts.some((t) => /carry heavy pans|one of those/.test(t))).toBe(false);
  });

  it('keeps every paragraph that opens with a step, past the per-section cap', () => {
    for (const step of ['Move the kettle onto a wall shelf', 'Keep knives on a magnetic strip', 'Store spices in a drawer insert', 'Put the toaster away after breakfast']) expect(texts).toContain(step);
  });

  it("drops a vague paragraph sentence under a to-do heading: it elaborates the heading's tip", () => {
    expect(todoOfSentenceEn('Be patient when you drill into old tiles.')?.text).toBe('Be patient when you drill into old tiles');
    expect(texts.some((t) => /Be patient/.test(t))).toBe(false);
  });
});

describe('headings and lists that compare options', () => {
  it('is not a to-do', () => expect(todoOfHeading('Credit card vs no credit card', 'en')).toBeNull());
});

describe('advice framed as "… is that you have to …"', () => {
  it('drops the modal with the frame', () =>
    expect(todoOfSentenceEn('My solution is that you have to be patient with new hires.')?.text).toBe('Be patient with new hires'));
});

describe('numbered headings among numbered to-do headings', () => {
  const page = (headings: string[]): string[] =>
    analyzePage(
      parsePage(`<html lang="en"><head><title>How to keep roses healthy: 4 tips</title></head><body><article><h1>How to keep roses healthy</h1>
      ${headings.map((h) => `<h2>${h}</h2><p>Roses reward a little care every week. You should never skip this step, and your plants will thank you for it all summer long.</p>`).join('')}</article></body></html>`),
      'https://example.com/',
      { scope: 'all', force: true, budgetMs: 10_000 },
    ).items.map((i) => i.text);

  it('reads a numbered heading whose verb the list lacks as a step when its siblings are steps', () => {
    expect(page(['1. Water the Beds at Dawn', '2. Prune Dead Stems', '3. Feed the Roses Monthly', '4. Deadhead Faded Blooms'])).toContain('Deadhead Faded Blooms');
  });

  it('leaves numbered topic headings alone', () => {
    expect(page(['1. Water the Beds at Dawn', '2. Prune Dead Stems', '3. Garden Sheds', '4. Climbing Roses'])).toEqual(['Water the Beds at Dawn', 'Prune Dead Stems']);
  });
});

describe('numbered bold paragraphs as headings', () => {
  const texts = analyzePage(fixtureDoc('en-bold-headings.html'), 'https://example.com/', { scope: 'all', budgetMs: 10_000 }).items.map((i) => i.text);

  it('reads "<p><strong>1. Stop the Small Leaks</strong></p>" as a heading, and caps the steps under it', () => {
    expect(texts).toContain('Stop the Small Leaks');
    const leaks = ['Cancel the apps you never open', 'Switch to a cheaper phone plan', 'Ask your bank to waive its fees', 'Sell the gadgets you no longer need'];
    expect(leaks.filter((t) => texts.includes(t))).toHaveLength(3);
    expect(texts).toContain('Plan four dinners each week');
  });

  it('needs the whole paragraph in bold and a number', () => {
    const block = { kind: 'para', level: 0, text: '1. Stop the Small Leaks', linkChars: 0, lead: '1. Stop the Small Leaks', list: -1, depth: 0, ordered: false, quoted: false } as const;
    expect(isBoldNumberedHeadingEn(block)).toBe(true);
    expect(isBoldNumberedHeadingEn({ ...block, lead: '1. Stop' })).toBe(false);
    expect(isBoldNumberedHeadingEn({ ...block, text: 'Stop the Small Leaks', lead: 'Stop the Small Leaks' })).toBe(false);
  });
});

describe('a slideshow set into the page', () => {
  it('takes no to-dos from slides whose headings count "3/20 …"', () => {
    const slides = ['Stocks rally', 'Save more this spring', 'Markets calm'].map((h, i) => `<h2>${i + 1}/20 ${h}</h2><p>Demand for new cars rose last month. Book a test drive before prices climb again.</p>`).join('');
    const texts = analyzePage(
      parsePage(`<html lang="en"><head><title>How to keep roses healthy: 3 tips</title></head><body><article><h1>How to keep roses healthy</h1>
      <h2>1. Water the Beds at Dawn</h2><p>Roses drink best before the heat. Water the roots, not the leaves, so the foliage stays dry.</p>
      <h2>2. Prune Dead Stems</h2><p>Dead wood invites disease. Cut each dead stem back to healthy green wood.</p>${slides}</article></body></html>`),
      'https://example.com/',
      { scope: 'all', force: true, budgetMs: 10_000 },
    ).items.map((i) => i.text);
    expect(texts).toContain('Prune Dead Stems');
    expect(texts.filter((t) => /test drive|Save more/i.test(t))).toEqual([]);
  });
});

describe('a numbered listicle', () => {
  it('takes the numbered steps, the summary list and what the sections say, not an unnumbered closing heading or its paragraph', () => {
    const steps = ['1. Water the Beds at Dawn', '2. Prune Dead Stems', '3. Feed the Roses Monthly']
      .map((h) => `<h2>${h}</h2><p>Roses reward a little care every week. Check the leaves for spots while you are there.</p>`)
      .join('');
    const texts = analyzePage(
      parsePage(`<html lang="en"><head><title>How to keep roses healthy: 3 tips</title></head><body><article><h1>How to keep roses healthy</h1>
      <p>Three habits keep roses healthy:</p><ul><li>Add mulch in spring</li><li>Water early</li></ul>${steps}
      <h2>Go Forth and Grow</h2><p>Roses forgive a lot. Say goodbye to sad, droopy gardens.</p></article></body></html>`),
      'https://example.com/',
      { scope: 'all', force: true, budgetMs: 10_000 },
    ).items.map((i) => i.text);
    expect(texts).toEqual(expect.arrayContaining(['Add mulch in spring', 'Water the Beds at Dawn', 'Prune Dead Stems', 'Feed the Roses Monthly']));
    expect(texts.filter((t) => /goodbye|Go Forth/i.test(t))).toEqual([]);
  });
});

describe('under a to-do heading', () => {
  it('takes no to-do from the subtitle: an unnumbered h2 right under the h1', () => {
    const texts = analyzePage(
      parsePage(`<html lang="en"><head><title>What to pack for a first hike</title></head><body><article><h1>What to pack for a first hike</h1>
      <h2>Pack light.</h2><p>Every gram counts on a long climb, and most beginners carry too much.</p>
      <h3>Bring two litres of water</h3><p>Streams are not always safe to drink from.</p>
      <h3>Wear broken-in boots</h3><p>New boots give blisters within the first hour.</p></article></body></html>`),
      'https://example.com/',
      { scope: 'all', force: true, budgetMs: 10_000 },
    ).items.map((i) => i.text);
    expect(texts).toEqual(expect.arrayContaining(['Bring two litres of water', 'Wear broken-in boots']));
    expect(texts).not.toContain('Pack light');
  });

  it("drops a paragraph to-do that opens with its heading's verb: an instance of the heading's tip", () => {
    const texts = analyzePage(
      parsePage(`<html lang="en"><head><title>How to rest more: 2 tips</title></head><body><article><h1>How to rest more</h1>
      <h2>Spend Evenings Offline</h2><p>Screens keep the mind busy. Spend an hour with a paper book after dinner.</p>
      <h2>Guard Your Weekends</h2><p>Plans fill every free hour. Switch off your phone on Saturday mornings.</p></article></body></html>`),
      'https://example.com/',
      { scope: 'all', force: true, budgetMs: 10_000 },
    ).items.map((i) => i.text);
    expect(texts).toEqual(expect.arrayContaining(['Spend Evenings Offline', 'Guard Your Weekends', 'Switch off your phone on Saturday mornings']));
    expect(texts.some((t) => /paper book/.test(t))).toBe(false);
  });

  it('drops "Make sure your …": the outcome the heading\'s tip aims at, not another step', () => {
    const texts = analyzePage(
      parsePage(`<html lang="en"><head><title>How to sell more online: 2 tips</title></head><body><article><h1>How to sell more online</h1>
      <h2>Improve Your Site Search</h2><p>Make sure your customers can find what they want quickly. Shoppers leave when a search comes back empty.</p>
      <h2>Thank Every Reviewer</h2><p>Reply within a day. Buyers read the replies as much as the reviews.</p></article></body></html>`),
      'https://example.com/',
      { scope: 'all', force: true, budgetMs: 10_000 },
    ).items.map((i) => i.text);
    expect(texts).toEqual(expect.arrayContaining(['Improve Your Site Search', 'Thank Every Reviewer']));
    expect(texts.some((t) => /customers can find/.test(t))).toBe(false);
  });
});

describe('English sentences that hold two steps', () => {
  it('splits where the writer repeats the verb after ", and"', () =>
    expect(pairOfSentenceEn('Label the boxes by room, and label the fragile boxes in red.')?.map((t) => t.text)).toEqual(['Label the boxes by room', 'Label the fragile boxes in red']));
  it('keeps one step when the second clause has another verb', () => expect(pairOfSentenceEn('Check the tyres, and ask the mechanic about the brakes.')).toBeNull());
  it('keeps one step when a clause is no to-do', () => expect(pairOfSentenceEn('Think about it, and think about it again.')).toBeNull());
});
