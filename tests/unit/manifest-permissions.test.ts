/**
 * The built manifests ask for nothing beyond an allowlist written here, and the README explains every
 * permission on that list. `npm test` builds dist/chrome and dist/firefox before vitest runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/** Everything OnRecord may ask for. Adding to it is a decision: update README.md's Permissions table too. */
const ALLOWED_PERMISSIONS = ['storage', 'contextMenus', 'alarms'] as const;
/** Asked for at run time, one origin at a time: only the sync server the reader names in Settings. */
const OPTIONAL_HOSTS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];
const CONTENT_SCRIPT_MATCHES = ['http://*/*', 'https://*/*'];

interface ContentScript {
  matches?: string[];
  all_frames?: boolean;
  match_about_blank?: boolean;
  match_origin_as_fallback?: boolean;
  world?: string;
}
interface Manifest {
  manifest_version?: number;
  permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: ContentScript[];
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
}

const BUILDS = ['chrome', 'firefox'] as const;

function readManifest(target: (typeof BUILDS)[number]): Manifest {
  const file = `dist/${target}/manifest.json`;
  if (!existsSync(file)) throw new Error(`${file} is missing: build it first (npm run build:${target}; npm test does)`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

describe.each(BUILDS)('dist/%s/manifest.json', (target) => {
  test('is a Manifest V3 file', () => {
    expect(readManifest(target).manifest_version).toBe(3);
  });

  test('asks for no permission beyond the allowlist', () => {
    const m = readManifest(target);
    const extra = (m.permissions ?? []).filter((p) => !(ALLOWED_PERMISSIONS as readonly string[]).includes(p));
    expect(extra, `permissions not on the allowlist: ${extra.join(', ')}`).toEqual([]);
  });

  test("asks for no optional permission and no host permission but the sync server's, at run time", () => {
    const m = readManifest(target);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions ?? []).toEqual(OPTIONAL_HOSTS);
    expect(m).not.toHaveProperty('host_permissions');
  });

  test('exposes only the card frame to web pages, and nothing to other extensions', () => {
    const m = readManifest(target);
    // The hover card is an extension-origin frame (the page can neither read nor style it); nothing else is reachable.
    // Chromium gets a per-session URL (use_dynamic_url) so the address cannot fingerprint the extension.
    const card = { resources: ['src/card/index.html'], matches: [...CONTENT_SCRIPT_MATCHES], ...(target === 'chrome' ? { use_dynamic_url: true } : {}) };
    expect(m.web_accessible_resources).toEqual([card]);
    expect(m).not.toHaveProperty('externally_connectable');
  });

  test('its content scripts match exactly http and https pages, top frame only, isolated world', () => {
    const scripts = readManifest(target).content_scripts ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const cs of scripts) {
      expect([...(cs.matches ?? [])].sort()).toEqual([...CONTENT_SCRIPT_MATCHES].sort());
      expect(cs.all_frames ?? false).toBe(false);
      // These also reach into frames (about:blank, data:, blob: ones) the top-frame-only promise excludes.
      expect(cs.match_about_blank ?? false).toBe(false);
      expect(cs.match_origin_as_fallback ?? false).toBe(false);
      // The MAIN world would share the page's JavaScript: the page could then call into OnRecord.
      expect(cs.world ?? 'ISOLATED').toBe('ISOLATED');
    }
  });
});

/** The rows of README.md's "## Permissions" table: first cell, second cell. */
function readmePermissionRows(): Array<{ what: string; why: string }> {
  const readme = readFileSync('README.md', 'utf8');
  const section = /^## Permissions\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(readme)?.[1];
  if (!section) throw new Error('README.md has no "## Permissions" section');
  return section
    .split('\n')
    .filter((line) => /^\|/.test(line) && !/^\|\s*-+/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    )
    .filter((cells) => cells.length >= 2 && cells[0]!.toLowerCase() !== 'permission')
    .map((cells) => ({ what: cells[0]!, why: cells.slice(1).join(' | ') }));
}

describe("README.md's Permissions table", () => {
  test.each(ALLOWED_PERMISSIONS)('explains why OnRecord needs `%s`', (permission) => {
    const rows = readmePermissionRows();
    const row = rows.find((r) => r.what.includes(`\`${permission}\``));
    expect(row, `no row for \`${permission}\` in README.md's Permissions table (rows: ${rows.map((r) => r.what).join('; ')})`).toBeDefined();
    // A reason is words, not a dash or an empty cell.
    expect(row!.why.replace(/[^\p{L}]/gu, '').length).toBeGreaterThanOrEqual(10);
  });

  test('explains the content script match patterns', () => {
    const row = readmePermissionRows().find((r) => CONTENT_SCRIPT_MATCHES.every((m) => r.what.includes(m)));
    expect(row, 'no row naming the content script patterns').toBeDefined();
    expect(row!.why.replace(/[^\p{L}]/gu, '').length).toBeGreaterThanOrEqual(10);
  });
});
