// @vitest-environment node
// The link-preview tags (scripts/link-preview.ts) and the static picture they point at.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PREVIEW, linkPreviewTags, siteOrigin } from '../../scripts/link-preview.ts';

const asMap = (tags: ReturnType<typeof linkPreviewTags>) =>
  Object.fromEntries(tags.map((t) => [String(t.attrs?.property ?? t.attrs?.name), String(t.attrs?.content)]));

describe('the link-preview tags', () => {
  it('without the site’s origin: title, description and card type, and no address to guess', () => {
    const tags = asMap(linkPreviewTags('/', undefined));
    expect(tags).toEqual({
      'og:type': 'website',
      'og:title': PREVIEW.title,
      'og:description': PREVIEW.description,
      'twitter:card': 'summary_large_image',
    });
  });

  it('with the site’s origin: absolute addresses of the site and its picture, under BASE_PATH', () => {
    const tags = asMap(linkPreviewTags('/career-quiz/', 'https://quiz.example'));
    expect(tags['og:url']).toBe('https://quiz.example/career-quiz/');
    expect(tags['og:image']).toBe('https://quiz.example/career-quiz/og-image.png');
    expect([tags['og:image:width'], tags['og:image:height']]).toEqual(['1200', '630']);
    expect(tags['og:image:alt']).toBe(PREVIEW.imageAlt);
    expect(tags['twitter:card']).toBe('summary_large_image');
    expect(asMap(linkPreviewTags('/', 'https://quiz.example'))['og:url']).toBe('https://quiz.example/');
  });

  it('are short: the intro has little of its first-visit budget to spare', () => {
    const html = linkPreviewTags('/career-quiz/', 'https://quiz.example')
      .map(
        (t) =>
          `<meta ${Object.entries(t.attrs ?? {})
            .map(([k, v]) => `${k}="${String(v)}"`)
            .join(' ')}>`,
      )
      .join('\n');
    expect(html.length).toBeLessThan(1000);
  });
});

describe('SITE_ORIGIN', () => {
  it('is a scheme and host; unset or empty means unknown', () => {
    expect(siteOrigin(undefined)).toBeUndefined();
    expect(siteOrigin('')).toBeUndefined();
    expect(siteOrigin('https://quiz.example')).toBe('https://quiz.example');
    expect(siteOrigin('https://quiz.example/')).toBe('https://quiz.example');
    expect(siteOrigin('http://localhost:4173')).toBe('http://localhost:4173');
  });

  it('refuses a path (that belongs in BASE_PATH), another scheme or no address at all, saying why', () => {
    expect(() => siteOrigin('https://quiz.example/career-quiz/')).toThrow(/BASE_PATH/);
    expect(() => siteOrigin('ftp://quiz.example')).toThrow(/scheme and host/);
    expect(() => siteOrigin('quiz.example')).toThrow(/such as https:\/\/example.com/);
  });
});

it('public/og-image.png is a 1200 x 630 PNG', () => {
  const bytes = readFileSync('public/og-image.png');
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([PREVIEW.width, PREVIEW.height]);
});
