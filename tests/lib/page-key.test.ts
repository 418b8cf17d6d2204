import { describe, expect, it } from 'vitest';
import { pageKey } from '../../lib/page-key';

describe('the same page within one visit', () => {
  it.each([
    ['https://a.example/post', 'https://a.example/post'],
    ['https://a.example/post#comments', 'https://a.example/post'],
    ['https://a.example/app#/post/2', 'https://a.example/app#/post/2'],
    ['https://a.example/app#!/post/2', 'https://a.example/app#!/post/2'],
    ['https://a.example/post?page=2', 'https://a.example/post?page=2'],
  ])('%s → %s', (href, key) => expect(pageKey(href)).toBe(key));
});
