export default defineBackground(() => {
  // Later issues route live reports through here; for now the worker only
  // exists so the manifest and lifecycle are in place from the start.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') console.info('[post-coach] installed');
  });
});
