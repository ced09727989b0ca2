import { describe, expect, it } from 'vitest';
import { sameSite, siteKey } from './site';

describe('sameSite', () => {
  it.each([
    // same registrable domain
    ['the same page', 'https://news.test/a', 'https://news.test/b', true],
    ['www and the bare domain', 'https://www.news.test/a', 'https://news.test/b', true],
    ['a subdomain and its parent domain', 'https://m.news.test/a', 'https://news.test/a', true],
    ['two subdomains of one domain', 'https://live.news.test/a', 'https://m.news.test/a', true],
    ['host case', 'https://NEWS.test/a', 'https://news.test/a', true],
    // ports and schemes
    ['two ports on one IP', 'http://127.0.0.1:8080/a', 'http://127.0.0.1:9090/a', false],
    ['the same port on one IP', 'http://127.0.0.1:8080/a', 'http://127.0.0.1:8080/b', true],
    ['the default port written out', 'https://news.test:443/a', 'https://news.test/a', true],
    ['another port on one domain', 'https://news.test:8443/a', 'https://news.test/a', false],
    ['http and https', 'http://news.test/a', 'https://news.test/a', false],
    // public suffixes: each registrable domain under them is its own site
    ['two domains under co.uk', 'https://paper.co.uk/a', 'https://evil.co.uk/a', false],
    ['a domain and its public suffix co.uk', 'https://paper.co.uk/a', 'https://co.uk/a', false],
    ['a subdomain of a co.uk domain', 'https://news.paper.co.uk/a', 'https://paper.co.uk/a', true],
    ['two users under github.io (a private suffix)', 'https://alice.github.io/a', 'https://mallory.github.io/a', false],
    ['a github.io user and github.io itself', 'https://alice.github.io/a', 'https://github.io/a', false],
    ['an ends-with lookalike', 'https://evilnews.test/a', 'https://news.test/a', false],
    ['a domain used as a subdomain elsewhere', 'https://news.test.evil.example/a', 'https://news.test/a', false],
    // IP addresses and bare hosts are their own sites
    ['two IPs', 'http://127.0.0.1/a', 'http://127.0.0.2/a', false],
    ['localhost with two ports', 'http://localhost:3000/a', 'http://localhost:3001/a', false],
    // IDNs: the Unicode and punycode forms are one name; a lookalike in another script is not
    ['an IDN and its punycode', 'https://zeitung.münchen.de/a', 'https://xn--mnchen-3ya.de/b', true],
    ['an IDN lookalike', 'https://рaper.de/a', 'https://paper.de/a', false],
    // what does not parse, or is no web page, is no site
    ['an unparseable address', 'not a url', 'not a url', false],
    ['a javascript: address', 'javascript:alert(1)', 'javascript:alert(1)', false],
    ['two local files', 'file:///home/a/story.html', 'file:///home/a/other.html', false],
    ['one local file', 'file:///home/a/story.html', 'file:///home/a/story.html#x', true],
  ])('%s', (_name, a, b, expected) => {
    expect(sameSite(a, b)).toBe(expected);
    expect(sameSite(b, a)).toBe(expected);
  });

  it('keys a site by scheme, registrable domain and port', () => {
    expect(siteKey('https://live.news.test/2026/story?x=1')).toBe('https://news.test:443');
    expect(siteKey('http://127.0.0.1:8080/a')).toBe('http://127.0.0.1:8080');
  });
});
