import { describe, expect, it } from 'vitest';
import { todoOfSentenceEn } from '../../core/todo-en';
import { todoOfHeading } from '../../core/todo-heading';

describe('English sentences that ask for something', () => {
  it.each([
    ['Keep a written record of each call.', 'Keep a written record of each call'],
    ['You should update your resume every year.', 'Update your resume every year'],
    ['Make sure to back up your files before you leave.', 'Back up your files before you leave'],
    ['If the client shouts, stay calm and listen.', 'Stay calm and listen'],
    ["Don't be afraid to make mistakes.", "Don't be afraid to make mistakes"],
    ['First, ask your manager for feedback; it helps more than you think.', 'Ask your manager for feedback'],
    ["It's a good idea to write down your goals.", 'Write down your goals'],
    ['Step 3: Soak the foam in water until it sinks.', 'Soak the foam in water until it sinks'],
  ])('%s → %s', (sentence, text) => expect(todoOfSentenceEn(sentence)?.text).toBe(text));

  it.each([
    ['Subscribe to our newsletter.', 'call to action'],
    ['Read on to find out what works.', 'meta'],
    ['Sign up for free today!', 'call to action'],
    ['Work is a big part of life.', 'noun, not a verb'],
    ['Should you ask for a raise?', 'question'],
    ['The council approved the budget on Tuesday.', 'report'],
    ['Finish my Python training.', 'first person: a resolution'],
    ['Explore.', 'one word'],
    ['Look how tall the walls look in this photo.', 'pointer to a picture'],
    ['Here are the steps:', 'ends with a colon'],
  ])('%s is not a to-do (%s)', (sentence) => expect(todoOfSentenceEn(sentence)).toBeNull());
});

describe('English headings', () => {
  it.each([
    ['1. Normalize Challenges', 'Normalize Challenges'],
    ['Step Outside Your Comfort Zone', 'Step Outside Your Comfort Zone'],
  ])('%s → %s', (heading, text) => expect(todoOfHeading(heading, 'en')?.text).toBe(text));

  it.each(['Conclusion', 'Have you experienced these moments?', 'Related posts', 'Why it matters'])('%s is not a to-do', (heading) =>
    expect(todoOfHeading(heading, 'en')).toBeNull(),
  );
});
