import { platformForUrl, SITE_MATCHES } from '@/utils/sites';

declare const __POST_COACH_E2E__: boolean;

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  main() {
    const platform = platformForUrl(location.href, __POST_COACH_E2E__);
    if (!platform) return;
    document.documentElement.dataset.postCoachPlatform ??= platform;
  },
});
