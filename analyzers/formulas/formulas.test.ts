import { testAnalyzer } from '../kit/test-analyzer';
import { formulasModule } from './index';

testAnalyzer(formulasModule, {
  valid: [
    {
      rule: 'formulas/hashtag-stuffing',
      text: 'Three tips for better onboarding. #onboarding #hr #people',
      platform: 'linkedin',
    },
    { text: 'Deux astuces pour vos réunions. #management #réunions', platform: 'x' },
    { rule: 'formulas/shouting', text: 'Our CEO met the NASA team at the UN summit.', platform: 'linkedin' },
    { text: 'Le PDG a rencontré la SNCF et la RATP.', platform: 'facebook' },
    { text: 'Great news! We shipped it.', platform: 'x' },
    { rule: 'formulas/exclamations', text: 'Vraiment ?! Je n’y croyais pas.', platform: 'facebook' },
    { text: 'Coffee ☕ then code 💻 then lunch 🥗', platform: 'x' },
    { rule: 'formulas/emoji-wall', text: 'Bravo 👏👏👏 à toute l’équipe', platform: 'facebook' },
    { text: 'Read the FAQ before you ask.', platform: 'linkedin' },
    { text: 'New post on #ux and #research', platform: 'x' },
  ],
  invalid: [
    {
      text: 'Morning run #running #fitness #health #motivation',
      platform: 'x',
      findings: [{ rule: 'formulas/hashtag-stuffing', excerpt: '#running #fitness #health #motivation' }],
    },
    {
      text: 'Nouveau post #mode #style #tendance #look #ootd #paris',
      platform: 'x',
      findings: [{ rule: 'formulas/hashtag-stuffing', excerpt: '#mode #style #tendance #look #ootd #paris' }],
    },
    {
      text: 'Hiring! #jobs #hiring #career #work #remote #tech #dev #people #hr',
      platform: 'linkedin',
      findings: [
        { rule: 'formulas/hashtag-stuffing', excerpt: '#jobs #hiring #career #work #remote #tech #dev #people #hr' },
      ],
    },
    {
      text: 'Soirée ce soir #fete #musique #amis #danse #weekend',
      platform: 'facebook',
      findings: [{ rule: 'formulas/hashtag-stuffing', excerpt: '#fete #musique #amis #danse #weekend' }],
    },
    {
      text: 'THIS IS THE BEST DEAL EVER, do not miss it',
      platform: 'x',
      findings: [{ rule: 'formulas/shouting', excerpt: 'THIS IS THE BEST DEAL EVER' }],
    },
    {
      text: 'C’EST LA FIN DU MONDE les amis',
      platform: 'facebook',
      findings: [{ rule: 'formulas/shouting', excerpt: 'EST LA FIN DU MONDE' }],
    },
    { text: 'We did it!!!', platform: 'linkedin', findings: [{ rule: 'formulas/exclamations', excerpt: '!!!' }] },
    {
      text: 'Incroyable ?!?! Vraiment ?',
      platform: 'x',
      findings: [{ rule: 'formulas/exclamations', excerpt: '?!?!' }],
    },
    {
      text: 'Summer is here 🌞🌞🌞🔥🔥🔥🍹',
      platform: 'facebook',
      findings: [{ rule: 'formulas/emoji-wall', excerpt: '🌞🌞🌞🔥🔥🔥🍹' }],
    },
    {
      text: 'Vendredi 🎉🎉 🎉 🥳🥳🥳',
      platform: 'x',
      findings: [{ rule: 'formulas/emoji-wall', excerpt: '🎉🎉 🎉 🥳🥳🥳' }],
    },
  ],
});
