import { defineConfig } from 'wxt';
import { SITE_MATCHES, LOCAL_TEST_MATCHES } from './utils/sites';

// The e2e build is the store build plus localhost matches, written to its own
// folder so it never overwrites what ships (see README, "Tests").
const e2e = process.env.WXT_E2E === '1';

// Extension pages load nothing remote and talk to nothing: no connect-src at all.
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  vite: () => ({
    define: { __POST_COACH_E2E__: JSON.stringify(e2e) },
    // Chrome and Firefox preload modules natively; the polyfill would ship a fetch() call.
    build: { modulePreload: { polyfill: false } },
  }),
  zip: {
    excludeSources: ['tests/**', '.ci/**', 'coverage/**', '*.log', 'docs/**'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    content_security_policy: manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP,
    // What an organisation may set by policy (Chrome's storage.managed; Firefox reads 3rdparty policies without it).
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed-schema.json' } }),
    // Chrome warns about keys it does not know, so Firefox's go to Firefox only.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // 140 (142 on Android): the first versions that know data_collection_permissions.
        gecko: {
          id: 'post-coach@post-coach.example',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!e2e) return;
      for (const script of manifest.content_scripts ?? []) {
        if (script.matches?.some((m) => SITE_MATCHES.includes(m))) {
          script.matches.push(...LOCAL_TEST_MATCHES);
        }
      }
    },
  },
});
