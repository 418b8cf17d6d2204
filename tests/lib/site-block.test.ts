import { describe, expect, it } from 'vitest';
import { isListedHost, parseSite, siteKey, siteOfUrl, sitePatterns } from '../../lib/site-block';

describe('sites for the block and chosen lists', () => {
  it.each([
    ['www.Example.COM', 'example.com'],
    ['example.com.', 'example.com'],
    ['127.0.0.1', '127.0.0.1'],
  ])('siteKey(%s) = %s', (host, key) => expect(siteKey(host)).toBe(key));

  it.each([
    ['https://www.example.com/jobs?x=1', 'example.com'],
    ['http://127.0.0.1:8080/a', '127.0.0.1'],
    ['file:///etc/passwd', ''],
    ['chrome://settings', ''],
    ['not a url', ''],
  ])('siteOfUrl(%s) = %j', (url, site) => expect(siteOfUrl(url)).toBe(site));

  it.each([
    ['example.com', 'example.com'],
    ['  https://www.Example.com/path ', 'example.com'],
    ['blog.example.co.jp', 'blog.example.co.jp'],
    ['', null],
    ['javascript:alert(1)', null],
    ['exa mple.com', null],
    ['*.example.com', null],
    ['ftp://example.com', null],
  ])('parseSite(%j) = %j', (input, site) => expect(parseSite(input)).toBe(site));

  it('a listed site covers its subdomains, not its parent or look-alikes', () => {
    expect(isListedHost('news.example.com', ['example.com'])).toBe(true);
    expect(isListedHost('www.example.com', ['example.com'])).toBe(true);
    expect(isListedHost('example.com', ['news.example.com'])).toBe(false);
    expect(isListedHost('badexample.com', ['example.com'])).toBe(false);
  });

  it('patterns: a domain with its subdomains over http and https; an IP address alone', () => {
    expect(sitePatterns('example.com')).toEqual(['http://*.example.com/*', 'https://*.example.com/*']);
    expect(sitePatterns('127.0.0.1')).toEqual(['http://127.0.0.1/*', 'https://127.0.0.1/*']);
  });
});
