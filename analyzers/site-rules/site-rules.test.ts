import { testAnalyzer } from '../kit/test-analyzer';
import { siteRulesModule } from './index';

const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');
const noHook = `Our team has been working hard on something over the last months and today we want to talk about it with everyone here in the network ${words(100)}`;
const sansAccroche = `Notre équipe travaille depuis des mois sur quelque chose dont nous voulons enfin parler avec tout le monde ici dans le réseau aujourd’hui ${words(100, 'mot')}`;

testAnalyzer(siteRulesModule, {
  valid: [
    { text: 'Short and sweet post about our new onboarding checklist.', platform: 'x' },
    { text: `${'a'.repeat(250)} https://example.com/${'b'.repeat(200)}`, platform: 'x' }, // the link counts 23
    { rule: 'site-rules/too-long', text: '世'.repeat(140), platform: 'x' }, // 280 exactly
    { text: '👍'.repeat(140), platform: 'x' },
    { text: `What is the hardest part of onboarding for you? ${words(120)}`, platform: 'linkedin' },
    { rule: 'site-rules/fold', text: `We cut onboarding from 3 weeks to 5 days. ${words(120)}`, platform: 'linkedin' },
    { text: `Tip: write the job description after listing the problems. ${words(120)}`, platform: 'linkedin' },
    { text: `Astuce : écrivez l’annonce après avoir listé les problèmes. ${words(120, 'mot')}`, platform: 'linkedin' },
    { rule: 'site-rules/long-comment', text: words(120), platform: 'linkedin', kind: 'comment' }, // 599 characters
    { text: words(500), platform: 'facebook' },
    { text: 'Merci pour ta réponse, je teste ça demain !', platform: 'facebook', kind: 'comment' },
    { text: 'Un post court et utile : 3 astuces pour mieux dormir.', platform: 'x' },
  ],
  invalid: [
    { text: 'a'.repeat(281), platform: 'x', findings: [{ rule: 'site-rules/too-long' }] },
    { text: '世'.repeat(141), platform: 'x', findings: [{ rule: 'site-rules/too-long' }] },
    { text: `${'Long thread of thoughts. '.repeat(12)}`, platform: 'x', findings: [{ rule: 'site-rules/too-long' }] },
    { text: `Why? ${'é'.repeat(3001)}`, platform: 'linkedin', findings: [{ rule: 'site-rules/too-long' }] },
    { text: 'x'.repeat(1251), platform: 'linkedin', kind: 'comment', findings: [{ rule: 'site-rules/too-long' }] },
    {
      text: 'Un commentaire interminable. '.repeat(300),
      platform: 'facebook',
      kind: 'comment',
      findings: [{ rule: 'site-rules/too-long' }],
    },
    // The span is what LinkedIn shows before "see more": the first 180 characters.
    { text: noHook, platform: 'linkedin', findings: [{ rule: 'site-rules/fold', excerpt: noHook.slice(0, 180) }] },
    {
      text: sansAccroche,
      platform: 'linkedin',
      findings: [{ rule: 'site-rules/fold', excerpt: sansAccroche.slice(0, 180) }],
    },
    { text: words(130), platform: 'linkedin', kind: 'comment', findings: [{ rule: 'site-rules/long-comment' }] },
    { text: words(130, 'mot'), platform: 'x', kind: 'reply', findings: [{ rule: 'site-rules/too-long' }] },
    { text: words(160, 'mot'), platform: 'facebook', kind: 'reply', findings: [{ rule: 'site-rules/long-comment' }] },
  ],
});
